/**
 * Application layer, feature "preference": journalists' own preferences, for every agency at once:
 * the public page's one-time links and rate limit, its emails, and the sweep that carries a change
 * to the running sequences of every agency that holds the person, under each agency's own tenant
 * and through the one withdrawal path. Imports only the domain, its own ports (PreferenceStore,
 * PreferenceMailStore, PreferenceSweepStore; the keying secret PreferencesKey from configuration)
 * and the features below it (mail's gateway, sequence's withdrawals, tenant); never infrastructure.
 */
package io.relance.application.preference;
