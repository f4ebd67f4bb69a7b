/**
 * Readiness for load balancers and operators: the database and Keycloak must both answer.
 * Infrastructure layer: implements ports the application owns (wired by CDI); never calls the interfaces.
 */
package io.relance.infrastructure.health;
