/**
 * What the application needs from the identity provider (create, update, disable and remove
 * accounts), as a small interface so that services do not depend on Keycloak's client.
 */
package io.relance.application.identity;
