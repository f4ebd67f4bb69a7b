package io.relance.domain.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the analyzer puts the rows it plans, in the file's order. An earlier row can be read back
 * and replaced: a later line that duplicates it may complete it. In memory for tests and small
 * files; spooled to disk by the application, so that a 1,000,000-line plan never sits in the heap.
 */
public interface PlanRows {

    void add(PlannedRow row);

    PlannedRow get(int index);

    void set(int index, PlannedRow row);

    int size();

    /** Every row kept in a list. */
    final class InMemory implements PlanRows {
        private final List<PlannedRow> rows = new ArrayList<>();

        @Override
        public void add(PlannedRow row) {
            rows.add(row);
        }

        @Override
        public PlannedRow get(int index) {
            return rows.get(index);
        }

        @Override
        public void set(int index, PlannedRow row) {
            rows.set(index, row);
        }

        @Override
        public int size() {
            return rows.size();
        }

        public List<PlannedRow> list() {
            return List.copyOf(rows);
        }
    }
}
