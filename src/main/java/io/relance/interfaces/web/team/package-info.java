/**
 * The directeur's "Agence" screen: the team table, invitations, role changes and disabling.
 * Interfaces layer: drives the application (pages, API, timers); never an EntityManager or SQL.
 */
package io.relance.interfaces.web.team;
