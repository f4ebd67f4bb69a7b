package io.relance.application.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Tells a database that cannot be reached (stopped, restarting, network gone, pool unable to open a
 * connection) from every other failure: the first is nobody's mistake and passes by itself, so pages
 * say "service momentanément indisponible" (503) instead of an error, and the pollers wait for it
 * quietly instead of logging a stack trace every tick. An instance is one activity's log of the outage:
 * one line when it starts, one when the database answers again.
 */
public final class DatabaseOutage {

    private static final int DEEPEST = 30;

    private final Logger log;
    private final String activity;
    private final AtomicReference<Instant> since = new AtomicReference<>();

    /** @param activity what pauses while the database is away ("Engine poll"), as the log line starts */
    public DatabaseOutage(Logger log, String activity) {
        this.log = log;
        this.activity = activity;
    }

    /**
     * Whether the failure is the database being unreachable. If so the first one of an outage is
     * logged (one line, no stack trace) and the later ones are not; any other failure is the
     * caller's to report.
     */
    public boolean failed(Throwable failure) {
        if (!isCause(failure)) {
            return false;
        }
        if (since.compareAndSet(null, Instant.now())) {
            log.warning(() -> activity + " paused: the database cannot be reached (" + summary(failure)
                    + "); it resumes by itself once the database answers");
        }
        return true;
    }

    /** The activity worked: if it was paused by an outage, one line says it resumed and after how long. */
    public void succeeded() {
        Instant start = since.getAndSet(null);
        if (start != null) {
            long seconds = Duration.between(start, Instant.now()).toSeconds();
            log.info(() -> activity + " resumed: the database answers again (unreachable for about " + seconds + " s)");
        }
    }

    /** Whether an outage is going on as far as this activity saw. */
    public boolean ongoing() {
        return since.get() != null;
    }

    /**
     * Whether anything in the failure's chain of causes says the database could not be reached:
     * a connection refused or lost (SQL state class 08, the driver's connection exceptions), the
     * pool unable to hand a connection (a resource exception), Hibernate's connection failure.
     */
    public static boolean isCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.size() < DEEPEST && seen.put(t, true) == null; t = next(t)) {
            if (isConnectionFailure(t)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause's type and message: what the log line says went wrong. */
    public static String summary(Throwable failure) {
        Throwable root = failure;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        while (next(root) != null && seen.size() < DEEPEST && seen.put(root, true) == null) {
            root = next(root);
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + message;
    }

    private static Throwable next(Throwable t) {
        // SQLException chains the driver's reason with getNextException as well as getCause
        if (t.getCause() == null && t instanceof SQLException sql) {
            return sql.getNextException();
        }
        return t.getCause();
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        // the pool (IronJacamar) could not get or create a managed connection
        if (t instanceof jakarta.resource.ResourceException) {
            return true;
        }
        return "org.hibernate.exception.JDBCConnectionException".equals(t.getClass().getName());
    }
}
