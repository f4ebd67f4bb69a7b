package io.relance.application.tenant;

import java.util.function.Supplier;

/**
 * Runs work under a tenant taken from the work item (timers, sign-up, demo data), never from a caller's
 * input. Nested scopes restore the outer tenant.
 */
public final class TenantScope {

    private TenantScope() {
    }

    public static <T> T call(String tenant, Supplier<T> work) {
        if (tenant == null || tenant.isBlank()) {
            throw new NoTenantException();
        }
        String outer = TenantContext.current().orElse(null);
        TenantContext.set(tenant);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                TenantContext.clear();
            } else {
                TenantContext.set(outer);
            }
        }
    }

    public static void run(String tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }
}
