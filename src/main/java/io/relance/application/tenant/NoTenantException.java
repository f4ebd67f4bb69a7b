package io.relance.application.tenant;

/** Thrown when tenant-owned data is touched outside of any tenant: the isolation fails closed. */
public class NoTenantException extends IllegalStateException {

    public NoTenantException() {
        super("No tenant in scope: tenant-owned data is only reachable with a verified tenant");
    }
}
