/**
 * Infrastructure layer, feature "bilan": JPA/SQL implementations of the ports declared in
 * io.relance.application.bilan (a campaign's counted facts, and a commercial offer's sales facts).
 * Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.bilan;
