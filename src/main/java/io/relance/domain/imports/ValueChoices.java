package io.relance.domain.imports;

import io.relance.domain.contact.Choice;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the person decided for values of a file's choice columns, field by field: a code, "leave
 * empty" or "reject the line". Values they left alone are read by the {@link Vocabulary}. A value is
 * known by its folded spelling, so "Site", "site" and "SITE " are one decision. Saved with the column
 * mapping as readable lines "FIELD TAB value TAB decision", reused for the next file of the source.
 */
public final class ValueChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Decisions that are not codes (no choice has a code spelled like these). */
    public static final String EMPTY = "EMPTY";
    public static final String REJECT = "REJECT";

    private static final ValueChoices NONE = new ValueChoices(new EnumMap<>(ImportField.class));

    /** A value as first written and what was decided for it. */
    private record Decision(String value, String decision) implements Serializable {
    }

    /** field → folded value → (value as written, decision). */
    private final Map<ImportField, Map<String, Decision>> chosen;

    private ValueChoices(Map<ImportField, Map<String, Decision>> chosen) {
        this.chosen = chosen;
    }

    public static ValueChoices none() {
        return NONE;
    }

    /** These choices with one more (or changed) decision; a null or blank decision forgets the value's. */
    public ValueChoices with(ImportField field, String value, String decision) {
        if (value == null || value.isBlank() || !Vocabulary.covers(field)) {
            return this;
        }
        Map<ImportField, Map<String, Decision>> copy = new EnumMap<>(ImportField.class);
        chosen.forEach((f, m) -> copy.put(f, new LinkedHashMap<>(m)));
        Map<String, Decision> values = copy.computeIfAbsent(field, f -> new LinkedHashMap<>());
        if (decision == null || decision.isBlank()) {
            values.remove(Choice.fold(value));
        } else if (isDecision(field, decision)) {
            values.put(Choice.fold(value), new Decision(value.strip(), decision));
        } else {
            throw new IllegalArgumentException("not a choice of " + field + ": " + decision);
        }
        return new ValueChoices(copy);
    }

    /** Decisions given as field → value → decision (an API's JSON); a decision that cannot be made throws. */
    public static ValueChoices of(Map<ImportField, Map<String, String>> decisions) {
        ValueChoices out = NONE;
        for (Map.Entry<ImportField, Map<String, String>> field : decisions.entrySet()) {
            if (field.getValue() != null) {
                for (Map.Entry<String, String> value : field.getValue().entrySet()) {
                    out = out.with(field.getKey(), value.getKey(), value.getValue());
                }
            }
        }
        return out;
    }

    /** Whether a decision is one that can be made for a field's value. */
    public static boolean isDecision(ImportField field, String decision) {
        return EMPTY.equals(decision) || REJECT.equals(decision) || Vocabulary.accepts(field, decision);
    }

    public Optional<String> decision(ImportField field, String value) {
        Map<String, Decision> values = chosen.get(field);
        if (values == null || value == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(values.get(Choice.fold(value))).map(Decision::decision);
    }

    public boolean isEmpty() {
        return chosen.values().stream().allMatch(Map::isEmpty);
    }

    /** field → value as written → decision. */
    public Map<ImportField, Map<String, String>> asMap() {
        Map<ImportField, Map<String, String>> out = new EnumMap<>(ImportField.class);
        chosen.forEach((f, m) -> {
            Map<String, String> values = new LinkedHashMap<>();
            m.values().forEach(d -> values.put(d.value(), d.decision()));
            if (!values.isEmpty()) {
                out.put(f, values);
            }
        });
        return out;
    }

    /** One "FIELD TAB value TAB decision" per line. */
    public String format() {
        StringBuilder s = new StringBuilder();
        asMap().forEach((f, values) -> values.forEach((v, d) -> s.append(f.name()).append('\t')
                .append(v.replace('\t', ' ').replace('\n', ' ')).append('\t').append(d).append('\n')));
        return s.toString();
    }

    /** The lines {@link #format} wrote; a line naming a field or a code that no longer exists is left out. */
    public static ValueChoices parse(String text) {
        ValueChoices out = NONE;
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length == 3) {
                try {
                    ImportField field = ImportField.valueOf(parts[0]);
                    if (isDecision(field, parts[2])) {
                        out = out.with(field, parts[1], parts[2]);
                    }
                } catch (IllegalArgumentException e) {
                    // a field that no longer exists
                }
            }
        }
        return out;
    }
}
