/**
 * Application layer, feature "team": the directeur's team management: invite staff, change a
 * member's role, disable or enable a member. Keycloak holds the accounts; the staff table is the
 * agency's list. Imports only the domain, its own ports and the features below it (staff, identity,
 * sign-up's form rules, reassignment's hand-over, tenant); never infrastructure.
 */
package io.relance.application.team;
