/**
 * The journalists' public preferences page ({@code /preferences}, no login, French and English,
 * made for a phone): ask for a one-time link, follow it, say what every agency must honour.
 * Interfaces layer: drives the application (pages, API, timers); never an EntityManager or SQL.
 */
package io.relance.interfaces.web.preference;
