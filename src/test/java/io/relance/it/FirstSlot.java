package io.relance.it;

import io.relance.application.common.AppClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * For browser tests' in-container steps: the agency a run signed up (its slug lives on the client
 * side only), and its first slot opened by moving the server's clock into it. Deploy it with
 * {@link Deployments#withFirstSlot}.
 */
final class FirstSlot {

    private FirstSlot() {
    }

    /** The latest agency whose id starts with {@code prefix}. */
    static String latestAgency(TenantSql db, String prefix) {
        return db.textAcross("SELECT id FROM agency WHERE id LIKE ?1 ORDER BY created_at DESC LIMIT 1", prefix + "%");
    }

    /** Ten minutes into the agency's first slot; answers how many calls the engine opened (it polls every 2 s). */
    static long open(TenantSql db, AppClock clock, String tenant, long expected) throws Exception {
        db.use(tenant);
        Instant first = db.in(() -> ((java.sql.Timestamp) db.em().createNativeQuery(
                "SELECT MIN(opens_at) FROM call_task WHERE tenant_id = ?1").setParameter(1, tenant).getSingleResult()).toInstant());
        clock.use(Clock.fixed(first.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));
        long open = 0;
        for (int i = 0; i < 50 && (open = db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 "
                + "AND status = 'OPEN'")) < expected; i++) {
            Thread.sleep(200);
        }
        return open;
    }
}
