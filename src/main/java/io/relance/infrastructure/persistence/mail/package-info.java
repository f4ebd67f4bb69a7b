/**
 * Infrastructure layer, feature "mail": JPA/SQL implementations of the ports declared in
 * io.relance.application.mail (the email outbox, its writer). Implements; never called by the
 * application directly.
 */
package io.relance.infrastructure.persistence.mail;
