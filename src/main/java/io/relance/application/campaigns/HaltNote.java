package io.relance.application.campaigns;

import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.Stamp;

import java.io.Serializable;
import java.time.Instant;

/** When, by whom and why a campaign was paused or stopped (shown on its page, returned by the API). */
public record HaltNote(Instant at, String by, String reason) implements Serializable {

    /** The pause in force, if the campaign is paused. */
    static HaltNote paused(Campaign c) {
        return c.getStatus() == io.relance.domain.campaign.CampaignStatus.PAUSED ? of(c.paused()) : null;
    }

    /** The stop, if the campaign was stopped. */
    static HaltNote stopped(Campaign c) {
        return c.stopped().at() == null ? null : of(c.stopped());
    }

    private static HaltNote of(Stamp stamp) {
        return new HaltNote(stamp.at(), stamp.by(), stamp.reason());
    }
}
