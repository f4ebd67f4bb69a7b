package io.relance.interfaces.scheduling;

import io.relance.application.common.DatabaseOutage;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every poll does with a job that fails: it is logged and the next poll goes on (a timer must
 * not die). A database outage is not a failure of the job: one line when it starts, one when the
 * job works again, nothing in between — not a stack trace every tick for a minute.
 */
final class Polls {

    private final Logger log;
    private final String failure;
    private final DatabaseOutage outage;

    /**
     * @param activity the job, as the outage lines name it ("Engine poll")
     * @param failure  the line logged with any other failure's stack trace
     */
    Polls(Logger log, String activity, String failure) {
        this.log = log;
        this.failure = failure;
        this.outage = new DatabaseOutage(log, activity);
    }

    void run(Runnable job) {
        try {
            job.run();
            outage.succeeded();
        } catch (RuntimeException e) {
            if (!outage.failed(e)) {
                log.log(Level.WARNING, failure, e);
            }
        }
    }
}
