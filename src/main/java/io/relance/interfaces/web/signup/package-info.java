/**
 * The public sign-up page: an agency and its director in one form.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.signup;
