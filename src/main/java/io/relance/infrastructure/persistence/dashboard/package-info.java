/**
 * Infrastructure layer, feature "dashboard": JPA/SQL implementations of the ports declared in
 * io.relance.application.dashboard (attempts grouped in the database for the charts).
 * Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.dashboard;
