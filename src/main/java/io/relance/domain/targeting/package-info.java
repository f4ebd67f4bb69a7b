/**
 * Who is worth a call: the targeting score of each candidate (0–100) with the reasons a chef reads,
 * the directeur's weights, the team's free call capacity and the split of a campaign's list into
 * "à appeler" and "envoi seul". Pure rules, no container: every fact comes in as a value, read for
 * the whole list at once by the application.
 * Domain layer: imports nothing of the application, infrastructure or interfaces.
 */
package io.relance.domain.targeting;
