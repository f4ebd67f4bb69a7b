/**
 * The public sign-up page: an agency and its director in one form.
 * Interfaces layer: drives the application (pages, API, timers); never an EntityManager or SQL.
 */
package io.relance.interfaces.web.signup;
