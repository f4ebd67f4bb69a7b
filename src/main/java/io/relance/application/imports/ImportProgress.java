package io.relance.application.imports;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far running imports are, by report id, for the progress bar. In memory: a progress bar is
 * worth nothing after a restart, and the report row tells whether an import finished.
 */
@ApplicationScoped
public class ImportProgress {

    private final Map<Long, int[]> running = new ConcurrentHashMap<>();

    void start(long reportId, int total) {
        running.put(reportId, new int[]{0, Math.max(total, 1)});
    }

    void advance(long reportId, int done) {
        int[] p = running.get(reportId);
        if (p != null) {
            p[0] = Math.min(done, p[1]);
        }
    }

    void end(long reportId) {
        running.remove(reportId);
    }

    /** Percent done, or -1 when the import is not running here. */
    int percent(long reportId) {
        int[] p = running.get(reportId);
        return p == null ? -1 : (int) (100L * p[0] / p[1]);
    }
}
