/**
 * Infrastructure layer, what the channels share: JPA/SQL implementations of the ports declared in
 * io.relance.application.outbox (a person's channel records). Implements; never called by the
 * application directly.
 */
package io.relance.infrastructure.persistence.outbox;
