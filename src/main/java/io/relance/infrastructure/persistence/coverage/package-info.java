/**
 * Infrastructure layer, feature "coverage": JPA/SQL implementations of the ports declared in
 * io.relance.application.coverage (the pieces, and the outlets and journalists they name).
 * Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.coverage;
