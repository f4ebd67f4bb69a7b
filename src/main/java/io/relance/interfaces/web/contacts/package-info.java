/**
 * The address book's pages: contacts (list, card, form), outlets, imports and their reports.
 * Interfaces layer: drives the application (pages, API, timers); never an EntityManager or SQL.
 */
package io.relance.interfaces.web.contacts;
