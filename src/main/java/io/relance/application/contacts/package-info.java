/**
 * The address book's services: outlets and contacts, read by all staff, changed by chefs de projet
 * and directeurs; bulk actions on a selection or on a whole filtered list; GDPR export and erasure.
 */
package io.relance.application.contacts;
