package io.relance.infrastructure.persistence;

import io.relance.application.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.List;

/**
 * What every persistence adapter does the same way: it works in the application's persistence unit,
 * sends an entity's INSERT at once, and binds the current agency to its native statements (Hibernate's
 * {@code @TenantId} filters JPQL, never SQL: each native statement names {@code :tenant} itself).
 */
public abstract class JpaAdapter {

    @PersistenceContext(unitName = "relance")
    protected EntityManager em;

    /** Flushed now, not at commit: the caller reads the generated id, and a broken unique key fails inside its own try. */
    protected void insert(Object entity) {
        em.persist(entity);
        em.flush();
    }

    /** A native statement with {@code :tenant} bound to the current agency. */
    protected Query sql(String sql) {
        return em.createNativeQuery(sql).setParameter("tenant", TenantContext.require());
    }

    /** Binds a filter's parameter only when the filter is set (its predicate is then absent from the statement). */
    protected static Query bindIf(Query query, String name, Object value) {
        return value == null ? query : query.setParameter(name, value);
    }

    /** The rows of a native query; their columns' Java types vary by driver, {@link Rows} reads them. */
    @SuppressWarnings("unchecked")
    protected static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** A native {@code COUNT(*)}, whatever number type the driver returns. */
    protected static long count(Query query) {
        return ((Number) query.getSingleResult()).longValue();
    }
}
