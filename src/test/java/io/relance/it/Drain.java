package io.relance.it;

import io.relance.application.sequence.SequenceEngine;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * For in-container tests: runs the engine until every step of the test's agency due at
 * {@code now} has run (or failed once). The 2-second poller drains the same table alongside; a
 * step it claimed is invisible to the test's own drain until it is done, so the test waits for it.
 */
public final class Drain {

    private Drain() {
    }

    public static void all(SequenceEngine engine, UserTransaction tx, EntityManager em, String tenant, Instant now) throws Exception {
        for (int i = 0; i < 300; i++) {
            engine.drain();
            long waiting = InTenant.call(tx, tenant, () -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM due_step "
                    + "WHERE tenant_id = ?1 AND (status = 'RUNNING' OR (status = 'PENDING' AND tries = 0 AND due_at <= ?2))")
                    .setParameter(1, tenant).setParameter(2, Timestamp.from(now)).getSingleResult()).longValue());
            if (waiting == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("steps of " + tenant + " still waiting after 30 s");
    }
}
