/**
 * Ma journée's qualification card and its next action, and the directeur's qualification settings page.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.qualification;
