package io.relance.application.campaigns;

import io.relance.domain.contact.ClosingDay;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Tier;
import io.relance.domain.sequence.PressurePolicy;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A contact targeted by a campaign, with what planning and the pressure policy need to know, read
 * in one query for the whole list. {@code exclusion}: why the contact is not followed up (null: it
 * is, or will be at launch).
 */
public record Target(long contactId, String name, String outlet, Periodicity periodicity, ClosingDay closing,
                     Tier tier, boolean privileged, Long directeurOwnerId, String timeZone, LocalDate startOn,
                     PressurePolicy.Facts facts, String exclusion) implements Serializable {

    public Target withExclusion(String reason) {
        return new Target(contactId, name, outlet, periodicity, closing, tier, privileged, directeurOwnerId, timeZone,
                startOn, facts, reason);
    }

    public boolean isExcluded() {
        return exclusion != null;
    }
}
