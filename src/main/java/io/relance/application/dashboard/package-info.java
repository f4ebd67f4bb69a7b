/**
 * Dashboards: a campaign's numbers drawn for the agency, and the agency's activity across campaigns for its directeur.
 * Imports only the domain, its own port (DashboardRepository) and lower application features;
 * io.relance.infrastructure.persistence.dashboard implements it.
 * Application layer (never infrastructure or interfaces).
 */
package io.relance.application.dashboard;
