/**
 * Recording a campaign's coverage (chefs de projet and directeurs); its client reads it on the client page.
 * Imports only the domain, its own port (CoverageRepository) and lower application features;
 * io.relance.infrastructure.persistence.coverage implements it.
 * Application layer (never infrastructure or interfaces).
 */
package io.relance.application.coverage;
