package io.relance.application.campaigns.targeting;

import io.relance.application.campaigns.SplitService;
import io.relance.application.common.AppClock;
import io.relance.application.common.Refused;
import io.relance.application.staff.CurrentStaff;
import io.relance.domain.staff.Role;
import io.relance.domain.targeting.ScoreWeights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The directeur's weights of the targeting score: read, validated and saved, restored to their
 * defaults, and tried first on a past campaign (how its targets would have scored and split, next to
 * what actually came of each).
 */
@Stateless
@RolesAllowed(Role.DIRECTEUR_NAME)
public class WeightsService {

    /** A past campaign's board under draft weights, with what came of each target. */
    public record Preview(Board board, Map<Long, TargetFacts.Outcome> outcomes) implements Serializable {

        public TargetFacts.Outcome outcome(long contactId) {
            return outcomes.getOrDefault(contactId, TargetFacts.Outcome.NONE);
        }
    }

    @Inject
    TargetFacts facts;

    @Inject
    SplitService split;

    @Inject
    AppClock clock;

    @Inject
    CurrentStaff staff;

    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public ScoreWeights weights() {
        return facts.weights();
    }

    public ScoreWeights save(ScoreWeights weights) {
        var problems = weights.problems();
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        facts.saveWeights(weights, staff.email(), clock.now());
        return weights;
    }

    public ScoreWeights reset() {
        facts.resetWeights();
        return ScoreWeights.defaults();
    }

    public List<TargetFacts.PastCampaign> pastCampaigns() {
        return facts.pastCampaigns();
    }

    public Preview preview(long campaignId, ScoreWeights weights) {
        var problems = weights.problems();
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new Preview(split.preview(campaignId, weights), facts.outcomes(campaignId));
    }
}
