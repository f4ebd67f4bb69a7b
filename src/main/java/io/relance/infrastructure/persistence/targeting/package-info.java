/**
 * The targeting score's storage: the facts of a campaign's candidates in a few grouped queries (one
 * per kind of fact, never one per contact), the scores, reasons and modes written on the targets,
 * the chef's moves, and the directeur's weights.
 */
package io.relance.infrastructure.persistence.targeting;
