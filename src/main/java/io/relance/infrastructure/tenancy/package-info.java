/**
 * Which agency the current work belongs to. The tenant comes from the verified OIDC token
 * ({@link io.relance.infrastructure.tenancy.TenantFilter}) or, for work with no request, from the
 * work item through {@link io.relance.infrastructure.tenancy.TenantScope}; with neither, Hibernate's
 * resolver refuses to open a session (fails closed).
 */
package io.relance.infrastructure.tenancy;
