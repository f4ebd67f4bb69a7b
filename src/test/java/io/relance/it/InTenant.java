package io.relance.it;

import io.relance.application.tenant.TenantScope;
import jakarta.transaction.UserTransaction;

import java.util.concurrent.Callable;

/**
 * For in-container tests: one transaction under one tenant (the session's tenant is fixed when it
 * opens, so the tenant is set before the transaction begins). Add this class to the deployment.
 */
public final class InTenant {

    private InTenant() {
    }

    public static <T> T call(UserTransaction tx, String tenant, Callable<T> work) throws Exception {
        return call(tx, tenant, 0, work);
    }

    /** With a transaction timeout in seconds (0: the server's default). */
    public static <T> T call(UserTransaction tx, String tenant, int timeoutSeconds, Callable<T> work) throws Exception {
        return TenantScope.call(tenant, () -> {
            try {
                tx.setTransactionTimeout(timeoutSeconds);
                tx.begin();
                try {
                    T result = work.call();
                    tx.commit();
                    return result;
                } catch (Exception e) {
                    tx.rollback();
                    throw e;
                }
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Work under a tenant with no transaction of its own (the services it calls open theirs). */
    public static <T> T run(String tenant, Callable<T> work) {
        return TenantScope.call(tenant, () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
