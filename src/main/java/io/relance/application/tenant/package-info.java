/**
 * Application layer, feature "tenant": which agency the current work belongs to
 * ({@link io.relance.application.tenant.TenantContext}, set from the verified token by the request
 * filter or from the work item by {@link io.relance.application.tenant.TenantScope}) and the current
 * agency as the screens show it. Imports only the domain and its own ports.
 */
package io.relance.application.tenant;
