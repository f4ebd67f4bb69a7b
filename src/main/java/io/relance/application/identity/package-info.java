/**
 * Application layer, feature "identity": what the application needs from the identity provider
 * (create, update, disable and remove accounts), as a small interface so that services do not
 * depend on Keycloak's client, and the orphan accounts left when removing one failed. Imports only
 * the domain and its own ports (IdentityDirectory, OrphanAccounts).
 */
package io.relance.application.identity;
