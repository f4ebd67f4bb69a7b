package io.relance.application.tenant;

import java.util.Optional;

/** The tenant of the current thread. Set only by the request filter (from the verified token) and {@link TenantScope} (from the work item). */
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

    /** For the request filter only, with the tenant of the token it has just verified. */
    public static void enterRequest(String tenant) {
        set(tenant);
    }

    /** For the request filter only: a pooled thread never carries a tenant into the next request. */
    public static void forgetRequest() {
        clear();
    }

    static void set(String tenant) {
        CURRENT.set(tenant);
    }

    static void clear() {
        CURRENT.remove();
    }
}
