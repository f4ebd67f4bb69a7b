package io.relance.infrastructure.tenancy;

import java.util.Optional;

/** The tenant of the current thread. Set only by {@link TenantFilter} (from the token) and {@link TenantScope}. */
public final class TenantContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant, or an exception: code that needs a tenant never runs without one. */
    public static String require() {
        String tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantException();
        }
        return tenant;
    }

    static void set(String tenant) {
        CURRENT.set(tenant);
    }

    static void clear() {
        CURRENT.remove();
    }
}
