package io.relance.infrastructure.tenancy;

import io.relance.application.tenant.TenantContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hibernate asks this for the tenant when it opens a session; it answers only what the current
 * scope holds and throws otherwise, so that a missing tenant never means "all rows".
 */
public class TenantResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.require();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
