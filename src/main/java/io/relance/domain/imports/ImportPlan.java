package io.relance.domain.imports;

import io.relance.domain.imports.PlannedRow.Action;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every line of a file with what the import will do with it, and the totals the preview shows. */
public record ImportPlan(List<PlannedRow> rows) {

    public Map<Action, Integer> counts() {
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        for (Action a : Action.values()) {
            counts.put(a, 0);
        }
        rows.forEach(r -> counts.merge(r.action(), 1, Integer::sum));
        return counts;
    }

    public int count(Action action) {
        return counts().get(action);
    }

    /** Lines that will be imported with a remark (a value left empty). */
    public int warned() {
        return (int) rows.stream().filter(r -> r.action() != Action.REJECT && !r.warnings().isEmpty()).count();
    }

    public boolean hasRejects() {
        return rows.stream().anyMatch(r -> r.action() == Action.REJECT);
    }
}
