/**
 * The agency (tenant): the root every other row belongs to. Its id is the agency's slug. Also what
 * every tenant-owned row maps the same way, once: {@link io.relance.domain.tenant.TenantOwned} (id,
 * tenant), {@link io.relance.domain.tenant.TenantRecord} (+ created_at) and
 * {@link io.relance.domain.tenant.AuthoredRecord} (+ created_by).
 * Domain layer: rules that need no container; imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.tenant;
