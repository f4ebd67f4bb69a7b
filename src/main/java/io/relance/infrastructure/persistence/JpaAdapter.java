package io.relance.infrastructure.persistence;

import io.relance.application.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.List;
import java.util.Optional;

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

    /**
     * An entity by id through a JPQL query, which Hibernate filters by the current agency: another
     * agency's row is not there, whatever the session holds.
     */
    protected <E> Optional<E> byId(Class<E> type, long id) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.id = :id", type).setParameter("id", id)
                .getResultStream().findFirst();
    }

    /** Whether the current agency has this entity (by its JPQL name). */
    protected boolean exists(String entity, long id) {
        return !em.createQuery("select x.id from " + entity + " x where x.id = :id", Long.class).setParameter("id", id)
                .getResultList().isEmpty();
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
