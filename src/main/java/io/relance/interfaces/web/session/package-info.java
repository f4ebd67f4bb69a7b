/**
 * What every page shares: the header (agency, user, menu by role), the language, home and logout.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.session;
