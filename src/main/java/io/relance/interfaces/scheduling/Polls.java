package io.relance.interfaces.scheduling;

import java.util.logging.Level;
import java.util.logging.Logger;

/** What every poll does with a job that fails: it is logged and the next poll goes on (a timer must not die). */
final class Polls {

    private Polls() {
    }

    static void guarded(Logger log, String failure, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            log.log(Level.WARNING, failure, e);
        }
    }
}
