package io.relance.interfaces.scheduling;

import io.relance.application.imports.StaleImports;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Every 5 minutes, imports left RUNNING by a node that stopped mid-write are marked failed, so that
 * their page stops waiting and says nothing was imported. Idempotent: each node may run it.
 */
@Singleton
public class StaleImportTimer {

    private static final Logger LOG = Logger.getLogger(StaleImportTimer.class.getName());

    @Inject
    StaleImports imports;

    private final Polls round = new Polls(LOG, "Stale import sweep", "Stale import sweep failed; the next one tries again");

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        round.run(() -> {
            int failed = imports.sweep();
            if (failed > 0) {
                LOG.warning(() -> failed + " import(s) left running by a stopped node marked failed (nothing was imported)");
            }
        });
    }
}
