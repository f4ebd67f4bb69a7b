/**
 * Infrastructure layer, feature "journee": JPA/SQL implementations of the ports declared in
 * io.relance.application.journee (the reads of "Ma journée"). Implements; never called by the
 * application directly.
 */
package io.relance.infrastructure.persistence.journee;
