/**
 * The campaign screens: list, form, targeting and launch, follow-up, bilan, and the directeur's rules.
 * Interfaces layer: drives the application (pages, API, timers) through its services; never the database directly.
 */
package io.relance.interfaces.web.campaigns;
