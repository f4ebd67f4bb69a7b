/**
 * The directeur's team management: invite staff, change a member's role, disable or enable a
 * member. Keycloak holds the accounts; the staff table is the agency's list.
 */
package io.relance.application.team;
