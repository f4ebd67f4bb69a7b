package io.relance.application.campaigns;

import java.time.Instant;

/**
 * Fired inside the launch's transaction once its sequences are scheduled, for the features that act
 * on a launch (the release emails) without the campaigns feature calling into them. Observers run
 * synchronously: a failing observer rolls the launch back.
 */
public record CampaignLaunched(long campaignId, Instant at, boolean emailAtLaunch) {
}
