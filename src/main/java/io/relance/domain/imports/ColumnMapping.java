package io.relance.domain.imports;

import io.relance.domain.contact.Choice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column fills which field. Each field is filled by one column at most; unmapped columns are
 * ignored. Saved by header name (not position), so that a mapping fits the next export of the same
 * tool even if its columns moved.
 */
public final class ColumnMapping implements java.io.Serializable {

    private final Map<ImportField, Integer> columns;

    private ColumnMapping(Map<ImportField, Integer> columns) {
        this.columns = columns;
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

    public String value(SourceRow row, ImportField field) {
        Integer column = columns.get(field);
        return column == null ? null : row.cell(column);
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
}
