package io.relance.it;

import io.relance.application.common.AppClock;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * For browser tests' in-container steps: the agency a run signed up (its slug lives on the client
 * side only), and its first slot opened by moving the server's clock into it. Add this class and
 * {@link InTenant} to the deployment.
 */
final class FirstSlot {

    private FirstSlot() {
    }

    /** The latest agency whose id starts with {@code prefix}. */
    static String latestAgency(EntityManager em, UserTransaction tx, String prefix) throws Exception {
        return InTenant.call(tx, "none", () -> (String) em.createNativeQuery("SELECT id FROM agency WHERE id LIKE '"
                + prefix + "%' ORDER BY created_at DESC LIMIT 1").getSingleResult());
    }

    /** Ten minutes into the agency's first slot; answers how many calls the engine opened (it polls every 2 s). */
    static long open(EntityManager em, UserTransaction tx, AppClock clock, String tenant, long expected) throws Exception {
        Instant first = InTenant.call(tx, tenant, () -> ((java.sql.Timestamp) em.createNativeQuery(
                "SELECT MIN(opens_at) FROM call_task WHERE tenant_id = ?1").setParameter(1, tenant).getSingleResult()).toInstant());
        clock.use(Clock.fixed(first.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));
        long open = 0;
        for (int i = 0; i < 50 && (open = count(em, tx, tenant, "SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 "
                + "AND status = 'OPEN'")) < expected; i++) {
            Thread.sleep(200);
        }
        return open;
    }

    static long count(EntityManager em, UserTransaction tx, String tenant, String sql) throws Exception {
        return InTenant.call(tx, tenant, () -> ((Number) em.createNativeQuery(sql).setParameter(1, tenant).getSingleResult())
                .longValue());
    }
}
