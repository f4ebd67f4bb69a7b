/**
 * The campaign screens: list, form, targeting and launch, follow-up, bilan, and the directeur's rules.
 * Interfaces layer: drives the application (pages, API, timers); never an EntityManager or SQL.
 */
package io.relance.interfaces.web.campaigns;
