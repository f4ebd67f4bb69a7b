package io.relance.application.campaigns.targeting;

import io.relance.application.campaigns.SplitService;
import io.relance.application.common.AppClock;
import io.relance.application.common.Refused;
import io.relance.application.staff.CurrentStaff;
import io.relance.domain.staff.Role;
import io.relance.domain.targeting.CallMode;
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
    public record Preview(Board board, Map<Long, TargetFacts.Outcome> outcomes, Map<Long, TargetFacts.Stored> actual)
            implements Serializable {

        public TargetFacts.Outcome outcome(long contactId) {
            return outcomes.getOrDefault(contactId, TargetFacts.Outcome.NONE);
        }

        /** The group the target was in at that launch (as settled then; CALL for a campaign launched before the split existed). */
        public CallMode actualMode(long contactId) {
            TargetFacts.Stored s = actual.get(contactId);
            return s == null ? CallMode.CALL : s.mode();
        }

        /** What came of the targets the draft weights put in a group: how many, picked up, yes, coverage. */
        public int[] tally(CallMode mode) {
            int[] t = new int[4];
            for (Board.Row r : board.group(mode)) {
                TargetFacts.Outcome o = outcome(r.contactId());
                t[0]++;
                t[1] += o.pickedUp() ? 1 : 0;
                t[2] += o.yes() ? 1 : 0;
                t[3] += o.coverage() ? 1 : 0;
            }
            return t;
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
        return new Preview(split.preview(campaignId, weights), facts.outcomes(campaignId), facts.stored(campaignId));
    }
}
