/**
 * Infrastructure layer, feature "contacts": JPA/SQL implementations of the ports declared in
 * io.relance.application.contacts (contacts, outlets, bulk inserts, the suppression list, a person's
 * records for GDPR). Implements; never called by the application directly.
 */
package io.relance.infrastructure.persistence.contacts;
