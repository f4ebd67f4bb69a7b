/**
 * The bulk reassignment page ("all of Léa's calls from Monday to Wednesday → Hugo"), shared by the
 * directeur (from the team page) and the chefs de projet (from the campaigns).
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.reassignment;
