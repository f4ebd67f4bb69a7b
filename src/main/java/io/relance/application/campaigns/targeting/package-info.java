/**
 * The targeting score as the chef and the directeur use it: the facts of a campaign's candidates read
 * in a few grouped queries ({@link io.relance.application.campaigns.targeting.TargetFacts}, a port the
 * persistence implements), the board of a campaign (score, reasons, "à appeler" or "envoi seul", the
 * team's free capacity), the chef's moves, and the directeur's weights with their preview on a past
 * campaign.
 */
package io.relance.application.campaigns.targeting;
