/**
 * Database access: the schema migrations (Flyway, run at deployment) and the JPA repositories.
 * The only place where native SQL may live, always with a tenant_id predicate.
 * Infrastructure layer: implements ports the application owns (wired by CDI); never calls the interfaces.
 */
package io.relance.infrastructure.persistence;
