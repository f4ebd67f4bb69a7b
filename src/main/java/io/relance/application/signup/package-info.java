/**
 * An agency signs up: its tenant row and its director's Keycloak account are created together or
 * not at all (the account is removed when the database part fails).
 */
package io.relance.application.signup;
