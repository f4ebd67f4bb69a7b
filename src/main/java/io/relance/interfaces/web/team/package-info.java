/**
 * The directeur's "Agence" screen: the team table, invitations, role changes and disabling.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.team;
