package io.relance.domain.imports;

import io.relance.domain.contact.Choice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct values of one choice column of a file, each with what it will become, for the
 * person to check and change before anything is imported. A column of free text wrongly mapped to
 * a choice lists its first {@link #MAX_VALUES} values; the others are counted.
 */
public record ValueReview(ImportField field, String header, List<Value> values, int unlisted) implements java.io.Serializable {

    public static final int MAX_VALUES = 200;

    /**
     * One distinct value: as first written, on how many lines, what the vocabulary makes of it, and
     * the person's decision if any (a code, {@link ValueChoices#EMPTY} or {@link ValueChoices#REJECT}).
     */
    public record Value(String text, int lines, ValueMatch match, String decision) implements java.io.Serializable {

        /** The code the value becomes; null when it is left empty, rejected or still to be chosen. */
        public String becomes() {
            if (decision != null) {
                return ValueChoices.EMPTY.equals(decision) || ValueChoices.REJECT.equals(decision) ? null : decision;
            }
            return match.code();
        }

        /** Nobody chose and nothing matched: imported empty with a warning unless someone chooses. */
        public boolean toChoose() {
            return decision == null && !match.found();
        }
    }

    /** The same values with the decisions of these choices (the file need not be read again). */
    public ValueReview decidedBy(ValueChoices choices) {
        return new ValueReview(field, header, values.stream().map(v -> new Value(v.text(), v.lines(), v.match(),
                choices.decision(field, v.text()).orElse(null))).toList(), unlisted);
    }

    /** Every mapped choice column of a file, in the order of the columns. */
    public static List<ValueReview> of(List<String> headers, Iterable<SourceRow> rows, ColumnMapping mapping) {
        Collector collector = new Collector(headers, mapping);
        rows.forEach(collector::accept);
        return collector.result();
    }

    /**
     * Gathers the distinct values line by line, for a file read as a stream: it holds at most
     * {@link #MAX_VALUES} values per choice column, never the lines.
     */
    public static final class Collector {

        private final List<String> headers;
        private final ColumnMapping mapping;
        private final Map<ImportField, Integer> columns;
        private final Map<ImportField, Map<String, String>> firstSpelling = new LinkedHashMap<>();
        private final Map<ImportField, Map<String, Integer>> counts = new LinkedHashMap<>();
        private final Map<ImportField, Integer> unlisted = new LinkedHashMap<>();

        public Collector(List<String> headers, ColumnMapping mapping) {
            this.headers = headers;
            this.mapping = mapping;
            this.columns = mapping.choiceColumns();
            columns.keySet().forEach(f -> {
                firstSpelling.put(f, new LinkedHashMap<>());
                counts.put(f, new LinkedHashMap<>());
                unlisted.put(f, 0);
            });
        }

        public void accept(SourceRow row) {
            columns.forEach((field, column) -> {
                String cell = row.cell(column);
                if (cell == null || cell.isBlank()) {
                    return;
                }
                String key = Choice.fold(cell);
                Map<String, Integer> n = counts.get(field);
                if (n.containsKey(key) || n.size() < MAX_VALUES) {
                    firstSpelling.get(field).putIfAbsent(key, cell.strip());
                    n.merge(key, 1, Integer::sum);
                } else {
                    unlisted.merge(field, 1, Integer::sum);
                }
            });
        }

        public List<ValueReview> result() {
            List<ValueReview> out = new ArrayList<>();
            columns.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
                ImportField field = e.getKey();
                List<Value> values = new ArrayList<>();
                firstSpelling.get(field).forEach((key, text) -> values.add(new Value(text, counts.get(field).get(key),
                        Vocabulary.match(field, text), mapping.values().decision(field, text).orElse(null))));
                out.add(new ValueReview(field, headers.get(e.getValue()), List.copyOf(values), unlisted.get(field)));
            });
            return out;
        }
    }
}
