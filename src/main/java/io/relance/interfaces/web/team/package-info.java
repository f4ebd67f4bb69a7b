/** The directeur's "Agence" screen: the team table, invitations, role changes and disabling. */
package io.relance.interfaces.web.team;
