package io.relance.domain.imports;

import io.relance.domain.contact.Choice;
import io.relance.domain.contact.Problem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which column fills which field. Each field is filled by one column at most; unmapped columns are
 * ignored. Saved by header name (not position), so that a mapping fits the next export of the same
 * tool even if its columns moved.
 * <p>
 * It also says what the values of choice columns become ({@link ValueChoices}, else the
 * {@link Vocabulary}): {@link #value} hands the rules a code they read, never the file's own word.
 * Columns that fill no field may be kept, as tags or as "Header: value" lines of the notes.
 */
public final class ColumnMapping implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** How many distinct values of one column are remembered once read (a free-text column has more). */
    private static final int MEMO = 5_000;

    /** A column that fills no field but is kept: its cells become tags or lines of the notes. */
    public record Kept(String header, ImportField into) implements java.io.Serializable {
    }

    /** What one cell of a choice column becomes: the code to read (or none), and what to tell. */
    record Resolved(String code, Problem warning, Problem refusal) {
    }

    private final Map<ImportField, Integer> columns;
    private final ValueChoices values;
    private final Map<Integer, Kept> kept;
    /** Not kept with the mapping (the view keeps it between requests): read again when needed. */
    private transient Map<ImportField, Map<String, Resolved>> memo;

    private ColumnMapping(Map<ImportField, Integer> columns) {
        this(columns, ValueChoices.none(), Map.of());
    }

    private ColumnMapping(Map<ImportField, Integer> columns, ValueChoices values, Map<Integer, Kept> kept) {
        this.columns = columns;
        this.values = values;
        this.kept = kept;
    }

    /** This mapping with the person's decisions for values. */
    public ColumnMapping withValues(ValueChoices choices) {
        return new ColumnMapping(columns, choices == null ? ValueChoices.none() : choices, kept);
    }

    /**
     * This mapping keeping these columns (index → how); a column that fills a field, or kept into
     * anything but tags or notes, is left out.
     */
    public ColumnMapping keeping(Map<Integer, Kept> keep) {
        Map<Integer, Kept> clean = new TreeMap<>();
        keep.forEach((column, k) -> {
            if (!columns.containsValue(column) && k != null && (k.into() == ImportField.NOTES
                    || k.into() == ImportField.TOPICS || k.into() == ImportField.OUTLET_TOPICS)) {
                clean.put(column, k);
            }
        });
        return new ColumnMapping(columns, values, clean);
    }

    public ValueChoices values() {
        return values;
    }

    public Map<Integer, Kept> kept() {
        return Map.copyOf(kept);
    }

    /** header → tags or notes, what is saved for reuse with the field mapping. */
    public Map<String, ImportField> keptByHeader() {
        Map<String, ImportField> out = new LinkedHashMap<>();
        kept.values().forEach(k -> out.put(k.header(), k.into()));
        return out;
    }

    /** Saved kept columns applied to a file's headers. */
    public ColumnMapping keepingSaved(Map<String, ImportField> byHeader, List<String> headers) {
        Map<String, ImportField> folded = new LinkedHashMap<>();
        byHeader.forEach((h, f) -> folded.put(Choice.fold(h), f));
        Map<Integer, Kept> keep = new TreeMap<>();
        for (int i = 0; i < headers.size(); i++) {
            ImportField into = folded.get(Choice.fold(headers.get(i)));
            if (into != null) {
                keep.put(i, new Kept(headers.get(i), into));
            }
        }
        return keeping(keep);
    }

    public static ColumnMapping of(Map<ImportField, Integer> columns) {
        return new ColumnMapping(columns.isEmpty() ? new EnumMap<>(ImportField.class) : new EnumMap<>(columns));
    }

    /** The first column whose header names a field fills it. */
    public static ColumnMapping guess(List<String> headers, ImportTarget target) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            ImportField.recognise(headers.get(i), target).ifPresent(f -> columns.putIfAbsent(f, column));
        }
        return new ColumnMapping(columns);
    }

    /** A saved mapping applied to a file's headers; headers it does not know are guessed. */
    public static ColumnMapping fromSaved(Map<String, ImportField> byHeader, List<String> headers, ImportTarget target) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        Map<String, ImportField> folded = new LinkedHashMap<>();
        byHeader.forEach((h, f) -> folded.put(Choice.fold(h), f));
        for (int i = 0; i < headers.size(); i++) {
            String key = Choice.fold(headers.get(i));
            ImportField field = folded.containsKey(key) ? folded.get(key)
                    : ImportField.recognise(headers.get(i), target).orElse(null);
            if (field != null && ImportField.forTarget(target).contains(field)) {
                columns.putIfAbsent(field, i);
            }
        }
        return new ColumnMapping(columns);
    }

    /** header → field, what is saved for reuse. */
    public Map<String, ImportField> byHeader(List<String> headers) {
        Map<String, ImportField> out = new LinkedHashMap<>();
        columns.forEach((field, column) -> out.put(headers.get(column), field));
        return out;
    }

    public Optional<Integer> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public Optional<ImportField> fieldOf(int column) {
        return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey).findFirst();
    }

    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    /**
     * The cell of the field's column as the rules should read it: for a choice, the code the
     * person or the vocabulary chose (null when none); tags and notes with the kept columns added.
     */
    public String value(SourceRow row, ImportField field) {
        Integer column = columns.get(field);
        String raw = column == null ? null : row.cell(column);
        if (Vocabulary.covers(field)) {
            return raw == null || raw.isBlank() ? raw : resolve(field, raw).code();
        }
        return kept.isEmpty() ? raw : withKept(row, field, raw);
    }

    /** The warnings (a value nobody chose, left empty) and refusals (a value set to reject) of a line. */
    public ValueNotes notes(SourceRow row) {
        List<Problem> warnings = new ArrayList<>();
        List<Problem> refusals = new ArrayList<>();
        columns.forEach((field, column) -> {
            String raw = row.cell(column);
            if (raw != null && !raw.isBlank() && Vocabulary.covers(field)) {
                Resolved r = resolve(field, raw);
                if (r.warning() != null) {
                    warnings.add(r.warning());
                }
                if (r.refusal() != null) {
                    refusals.add(r.refusal());
                }
            }
        });
        return new ValueNotes(List.copyOf(warnings), List.copyOf(refusals));
    }

    Resolved resolve(ImportField field, String raw) {
        if (memo == null) {
            memo = new ConcurrentHashMap<>();
        }
        Map<String, Resolved> known = memo.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        Resolved r = known.get(raw);
        if (r == null) {
            r = decide(field, raw.strip());
            if (known.size() < MEMO) {
                known.put(raw, r);
            }
        }
        return r;
    }

    private Resolved decide(ImportField field, String raw) {
        String problemField = Vocabulary.problemField(field);
        Optional<String> decision = values.decision(field, raw);
        if (decision.isPresent()) {
            return switch (decision.get()) {
                case ValueChoices.EMPTY -> new Resolved(null, null, null);
                case ValueChoices.REJECT -> new Resolved(null, null, new Problem(problemField, "import.value.rejected", raw));
                default -> new Resolved(decision.get(), null, null);
            };
        }
        ValueMatch match = Vocabulary.match(field, raw);
        return match.found() ? new Resolved(match.code(), null, null)
                : new Resolved(null, new Problem(problemField, "import.value.unknown", raw), null);
    }

    private String withKept(SourceRow row, ImportField field, String raw) {
        boolean notes = field == ImportField.NOTES;
        StringBuilder out = new StringBuilder(raw == null ? "" : raw.strip());
        kept.forEach((column, k) -> {
            String cell = row.cell(column);
            if (k.into() == field && cell != null && !cell.isBlank()) {
                out.append(out.isEmpty() ? "" : notes ? "\n" : ", ")
                        .append(notes ? k.header() + ": " + cell.strip() : cell.strip());
            }
        });
        return out.isEmpty() ? raw : out.toString();
    }

    /** What is missing for the target: a name column for contacts, an outlet column for outlets. */
    public List<String> missing(ImportTarget target) {
        List<String> missing = new ArrayList<>();
        if (target == ImportTarget.CONTACTS && !has(ImportField.LAST_NAME) && !has(ImportField.FULL_NAME)) {
            missing.add("import.mapping.needName");
        }
        if (target == ImportTarget.OUTLETS && !has(ImportField.OUTLET)) {
            missing.add("import.mapping.needOutlet");
        }
        return missing;
    }

    public Map<ImportField, Integer> asMap() {
        return new EnumMap<>(columns);
    }

    /** Columns that fill a field by the mapping: the ones whose values the preview lists. */
    public Map<ImportField, Integer> choiceColumns() {
        Map<ImportField, Integer> out = new EnumMap<>(ImportField.class);
        columns.forEach((f, c) -> {
            if (Vocabulary.covers(f)) {
                out.put(f, c);
            }
        });
        return out;
    }
}
