/**
 * Journalists' own preferences, for every agency at once: the public page's one-time links and rate
 * limit, its emails, and the sweep that carries a change to the running sequences of every agency
 * that holds the person, under each agency's own tenant and through the one withdrawal path.
 */
package io.relance.application.preference;
