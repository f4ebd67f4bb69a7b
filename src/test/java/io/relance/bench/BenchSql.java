package io.relance.bench;

import io.relance.it.InTenant;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

/**
 * Native SQL for in-container benchmarks, one transaction per statement (generated rows go in
 * set-based statements, never row by row from Java). The tenant only opens the session: native
 * SQL is not filtered by it.
 */
final class BenchSql {

    /** Generating millions of rows takes minutes: far beyond the server's default transaction timeout. */
    private static final int TIMEOUT_SECONDS = 3600;

    private final EntityManager em;
    private final UserTransaction tx;
    private final String tenant;

    BenchSql(EntityManager em, UserTransaction tx, String tenant) {
        this.em = em;
        this.tx = tx;
        this.tenant = tenant;
    }

    int update(String statement) throws Exception {
        return InTenant.call(tx, tenant, TIMEOUT_SECONDS, () -> em.createNativeQuery(statement).executeUpdate());
    }

    long number(String query) throws Exception {
        return InTenant.call(tx, tenant, TIMEOUT_SECONDS, () -> ((Number) em.createNativeQuery(query).getSingleResult()).longValue());
    }
}
