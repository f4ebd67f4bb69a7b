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
public record ValueReview(ImportField field, String header, List<Value> values, int unlisted) {

    public static final int MAX_VALUES = 200;

    /**
     * One distinct value: as first written, on how many lines, what the vocabulary makes of it, and
     * the person's decision if any (a code, {@link ValueChoices#EMPTY} or {@link ValueChoices#REJECT}).
     */
    public record Value(String text, int lines, ValueMatch match, String decision) {

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

    /** Every mapped choice column of a file, in the order of the columns. */
    public static List<ValueReview> of(List<String> headers, Iterable<SourceRow> rows, ColumnMapping mapping) {
        Map<ImportField, Integer> columns = mapping.choiceColumns();
        Map<ImportField, Map<String, String>> firstSpelling = new LinkedHashMap<>();
        Map<ImportField, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<ImportField, Integer> unlisted = new LinkedHashMap<>();
        columns.keySet().forEach(f -> {
            firstSpelling.put(f, new LinkedHashMap<>());
            counts.put(f, new LinkedHashMap<>());
            unlisted.put(f, 0);
        });
        for (SourceRow row : rows) {
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
