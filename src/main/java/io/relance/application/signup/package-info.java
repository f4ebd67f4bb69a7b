/**
 * Application layer, feature "signup": an agency signs up: its tenant row and its director's
 * Keycloak account are created together or not at all (the account is removed when the database
 * part fails). Imports only the domain, its own ports (SignupNotices) and the features below it
 * (staff, tenant, identity); never infrastructure.
 */
package io.relance.application.signup;
