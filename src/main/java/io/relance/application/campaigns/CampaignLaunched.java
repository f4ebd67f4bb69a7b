package io.relance.application.campaigns;

import java.time.Instant;

/**
 * Fired inside the launch's transaction once its sequences are scheduled, for the features that act
 * on a launch (the release emails) without the campaigns feature calling into them. Observers run
 * synchronously: a failing observer rolls the launch back. {@code emailAtLaunch}: the campaign sends
 * its release by email (written now, due on its send date).
 */
public record CampaignLaunched(long campaignId, Instant at, boolean emailAtLaunch) {
}
