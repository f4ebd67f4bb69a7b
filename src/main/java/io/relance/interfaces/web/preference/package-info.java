/**
 * The journalists' public preferences page ({@code /preferences}, no login, French and English,
 * made for a phone): ask for a one-time link, follow it, say what every agency must honour.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.preference;
