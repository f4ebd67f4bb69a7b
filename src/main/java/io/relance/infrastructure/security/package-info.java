/**
 * Who is calling: the identity verified by elytron-oidc-client (user, roles, tenant claim) and the
 * Keycloak admin client that creates and manages staff accounts; the AES-GCM sealing of the credentials
 * agencies give us (AesGcmSecrets, behind the application's Secrets port).
 * Infrastructure layer: implements ports the application owns (wired by CDI); never calls the interfaces.
 */
package io.relance.infrastructure.security;
