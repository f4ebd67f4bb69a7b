package io.relance.application.bilan;

import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The sales part of a commercial offer's bilan, from three grouped queries and the agency's policy. No role of its own, like
 * {@link BilanCalculator}: the agency's bilan service calls it for a campaign it has checked.
 */
@ApplicationScoped
public class SalesBilanCalculator {

    @Inject
    SalesBilanRepository facts;

    /** The sales bilan of a commercial offer; null for any other kind of campaign, which qualifies nobody. */
    public SalesBilan of(Campaign c) {
        if (c.getKind() != CampaignKind.COMMERCIAL_OFFER) {
            return null;
        }
        long id = c.getId();
        return SalesBilan.of(facts.prospects(id), facts.salesEmails(id), facts.meetings(id),
                facts.meetingMinutes()); // the directeur's setting, or the default without one
    }
}
