/**
 * The address book's services: outlets and contacts, read by all staff, changed by chefs de projet
 * and directeurs; bulk actions on a selection or on a whole filtered list; GDPR export and erasure.
 * Imports only the domain and its own ports (ContactRepository, OutletRepository, ContactBulkWriter,
 * SuppressionRecords, PersonRecords), implemented in io.relance.infrastructure.persistence.contacts.
 * A "no" (do-not-call, opt-out, erasure) is announced as a {@code PersonSaidNo} event, never by a
 * call into the sequences, which sit above the address book.
 * Application layer (never infrastructure or interfaces).
 */
package io.relance.application.contacts;
