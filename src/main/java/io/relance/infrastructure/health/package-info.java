/** Readiness for load balancers and operators: the database and Keycloak must both answer. */
package io.relance.infrastructure.health;
