package io.relance.application.evidence;

import io.relance.application.campaigns.targeting.TargetFacts;
import io.relance.application.common.AppClock;
import io.relance.application.promises.PromiseStore;

import io.relance.domain.evidence.Evidence;
import io.relance.domain.evidence.TimeSaved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The evidence of one campaign or of the whole agency, from two grouped queries. No role of its own,
 * like the bilan's calculator: the bilan service (chefs, directeurs) and the agency's dashboard (the
 * directeur) call it for what they have checked; the client's page never does, the evidence is the agency's.
 */
@ApplicationScoped
public class EvidenceCalculator {

    @Inject
    EvidenceRepository facts;

    @Inject
    PromiseStore promises;

    @Inject
    TargetFacts settings;

    @Inject
    AppClock clock;

    /** One campaign the caller has checked is the agency's. */
    public FollowUpEvidence ofCampaign(long campaignId) {
        return of(campaignId);
    }

    /** Every launched campaign of the agency. */
    public FollowUpEvidence ofAgency() {
        return of(null);
    }

    private FollowUpEvidence of(Long campaignId) {
        List<TimeSaved.Campaign> effort = facts.effort(campaignId);
        // no call duration is stored: the agency's own average (the directeur's setting, 4 min by default) prices an attempt
        TimeSaved time = TimeSaved.of(effort, settings.weights().minutesPerAttempt());
        return new FollowUpEvidence(Evidence.of(facts.groups(campaignId)), time, effort.size(),
                promises.tally(campaignId, clock.now()));
    }
}
