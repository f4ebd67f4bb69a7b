/**
 * Ma journée's qualification card and its next action, and the directeur's qualification settings page.
 * Interfaces layer: drives the application (pages, API, timers); never an EntityManager or SQL.
 */
package io.relance.interfaces.web.qualification;
