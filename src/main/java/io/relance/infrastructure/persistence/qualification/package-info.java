/**
 * Infrastructure layer, feature "qualification": JPA/SQL implementations of the ports declared in
 * io.relance.application.qualification (the settings and cards, meetings, the prospects' follow-up).
 * Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.qualification;
