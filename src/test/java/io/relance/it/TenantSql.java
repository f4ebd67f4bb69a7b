package io.relance.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import java.util.concurrent.Callable;

/**
 * For in-container tests: the small SQL readings and statements a test makes under its agency's
 * tenant ({@code ?1} in a query is the tenant), each in a transaction of its own; and the few made
 * across agencies (platform tables, the agency a browser run signed up). Add this class and
 * {@link InTenant} to the deployment.
 */
@Dependent
public class TenantSql {

    /** The session needs a tenant even for native SQL across agencies, which it does not filter: one no agency has. */
    private static final String NO_AGENCY = "none";

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

    private String tenant;

    /** The agency the next readings and statements are about. */
    public TenantSql use(String tenant) {
        this.tenant = tenant;
        return this;
    }

    public String tenant() {
        return tenant;
    }

    public long count(String sql) {
        return ((Number) single(sql)).longValue();
    }

    public String text(String sql) {
        return String.valueOf(single(sql));
    }

    private Object single(String sql) {
        try {
            return in(() -> em.createNativeQuery(sql).setParameter(1, tenant).getSingleResult());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A count across agencies, {@code ?1, ?2…} being the arguments in order. */
    public long countAcross(String sql, Object... args) {
        return ((Number) across(sql, args)).longValue();
    }

    /** A text across agencies, {@code ?1, ?2…} being the arguments in order. */
    public String textAcross(String sql, Object... args) {
        return String.valueOf(across(sql, args));
    }

    private Object across(String sql, Object... args) {
        try {
            return in(NO_AGENCY, () -> {
                var query = em.createNativeQuery(sql);
                for (int i = 0; i < args.length; i++) {
                    query.setParameter(i + 1, args[i]);
                }
                return query.getSingleResult();
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A statement inside the caller's transaction (see {@link #in}), {@code ?1} being the tenant. */
    public void sql(String statement) {
        em.createNativeQuery(statement).setParameter(1, tenant).executeUpdate();
    }

    /** A statement of its own transaction, without the tenant parameter (DDL, triggers), under the agency if one is set. */
    public void sqlNow(String statement) throws Exception {
        in(tenant == null ? NO_AGENCY : tenant, () -> em.createNativeQuery(statement).executeUpdate());
    }

    public <T> T in(Callable<T> work) throws Exception {
        return InTenant.call(tx, tenant, work);
    }

    /** Work in a transaction of its own under another agency than the one in use (isolation tests). */
    public <T> T in(String otherTenant, Callable<T> work) throws Exception {
        return InTenant.call(tx, otherTenant, work);
    }

    public EntityManager em() {
        return em;
    }

    public UserTransaction tx() {
        return tx;
    }
}
