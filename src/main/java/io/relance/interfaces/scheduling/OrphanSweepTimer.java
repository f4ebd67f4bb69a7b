package io.relance.interfaces.scheduling;

import io.relance.application.identity.AccountCompensation;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a day, the Keycloak accounts left behind by failed compensations are removed again and the
 * realm's accounts no agency knows are reported in the log. Idempotent: each node may run it.
 */
@Singleton
public class OrphanSweepTimer {

    private static final Logger LOG = Logger.getLogger(OrphanSweepTimer.class.getName());

    @Inject
    AccountCompensation compensation;

    @Schedule(hour = "4", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            AccountCompensation.Sweep done = compensation.sweep();
            LOG.info(() -> "Orphan accounts: " + done.removed() + " removed, " + done.unknown().size() + " unknown to any agency");
        } catch (RuntimeException e) {
            // Keycloak unreachable tonight: tomorrow's sweep tries again
            LOG.log(Level.WARNING, "Orphan account sweep failed", e);
        }
    }
}
