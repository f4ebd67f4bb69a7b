/**
 * Database access: the schema migrations (Flyway, run at deployment) and the JPA repositories.
 * The only place where native SQL may live, always with a tenant_id predicate.
 */
package io.relance.infrastructure.persistence;
