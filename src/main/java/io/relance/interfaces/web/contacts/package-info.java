/**
 * The address book's pages: contacts (list, card, form), outlets, imports and their reports.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.contacts;
