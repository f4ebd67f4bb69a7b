/**
 * Infrastructure layer, feature "sms": JPA/SQL implementations of the ports declared in
 * io.relance.application.sms (the SMS outbox, its writer, the provider row, the callbacks seen).
 * Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.sms;
