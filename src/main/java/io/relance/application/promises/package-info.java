/**
 * The promise of the anchor SMS ("je vous appelle aujourd'hui"): kept when a call of the sequence is
 * made on the promised day, counted in the bilan, and each one not kept shown to the chef de projet.
 */
package io.relance.application.promises;
