/**
 * Who is calling: the identity verified by elytron-oidc-client (user, roles, tenant claim) and the
 * Keycloak admin client that creates and manages staff accounts.
 */
package io.relance.infrastructure.security;
