/**
 * Infrastructure layer, what the channels share: JPA/SQL implementations of the ports declared in
 * io.relance.application.outbox (a person's channel records, the agencies' circuits) and the SQL
 * every outbox table shares (JpaOutboxStore, which each channel's store extends). Implements; never
 * called by the application directly.
 */
package io.relance.infrastructure.persistence.outbox;
