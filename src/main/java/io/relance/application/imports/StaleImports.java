package io.relance.application.imports;

import io.relance.application.common.AppClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;

/**
 * Imports whose node stopped while writing (a crash, a kill -9, a power cut): the write is one
 * transaction, so the database rolled it back with the node's connection and nothing was imported,
 * but the report still says RUNNING and nobody will finish it. Once the write's own time limit has
 * passed, plus a margin, no live node can still be writing it: the report says "Échec : rien importé".
 */
@Stateless
@PermitAll
public class StaleImports {

    /** Past the write's transaction timeout: by then a live node has either committed or rolled back. */
    static final Duration AFTER = Duration.ofMinutes(ImportWriter.WRITE_TIMEOUT_MINUTES + 5L);

    @Inject
    ImportRepository imports;

    @Inject
    AppClock clock;

    /** Marks the abandoned imports of every agency as failed; returns how many. */
    public int sweep() {
        Instant now = clock.now();
        return imports.failRunningStartedBefore(now.minus(AFTER), now);
    }
}
