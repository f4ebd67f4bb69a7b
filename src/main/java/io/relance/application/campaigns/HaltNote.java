package io.relance.application.campaigns;

import io.relance.domain.campaign.Campaign;

import java.io.Serializable;
import java.time.Instant;

/** When, by whom and why a campaign was paused or stopped (shown on its page, returned by the API). */
public record HaltNote(Instant at, String by, String reason) implements Serializable {

    /** The pause in force, if the campaign is paused. */
    static HaltNote paused(Campaign c) {
        return c.getStatus() == io.relance.domain.campaign.CampaignStatus.PAUSED
                ? new HaltNote(c.getPausedAt(), c.getPausedBy(), c.getPausedReason()) : null;
    }

    /** The stop, if the campaign was stopped. */
    static HaltNote stopped(Campaign c) {
        return c.getStoppedAt() == null ? null : new HaltNote(c.getStoppedAt(), c.getStoppedBy(), c.getStoppedReason());
    }
}
