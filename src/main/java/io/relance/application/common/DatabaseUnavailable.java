package io.relance.application.common;

import jakarta.ejb.ApplicationException;

/**
 * A service could not reach the database. Thrown in place of the container's system exception by
 * {@link OutageBoundary}, as an application exception: the transaction still rolls back, but the
 * container does not log a stack trace at every bean it crosses (WFLYEJB0034), every poller tick,
 * for a minute — the poller, the member check or the error page says it once. The original failure
 * is the cause, so {@link DatabaseOutage#isCause} still recognises it.
 */
@ApplicationException(rollback = true, inherited = true)
public class DatabaseUnavailable extends RuntimeException {

    public DatabaseUnavailable(Throwable cause) {
        super(DatabaseOutage.summary(cause), cause);
    }
}
