/**
 * Infrastructure layer: binds the tenant the application holds
 * ({@link io.relance.application.tenant.TenantContext}) to the outside world — the request filter
 * takes it from the verified OIDC token, Hibernate's resolver reads it and refuses to open a session
 * without one (fails closed). Implements; never called by the application.
 */
package io.relance.infrastructure.tenancy;
