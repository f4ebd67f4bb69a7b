package io.relance.application.sequence;

import io.relance.domain.sequence.Outcome;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a colleague at the same outlet answered in a campaign (outcome: YES, NO, LATER, REGISTERED,
 * DECISION). The newsroom rule reads it and the call card shows it, so it lives with the rule.
 */
public record NewsroomNote(String colleague, String outlet, Outcome outcome, Instant at, String caller) implements Serializable {

    /** An answer that speaks for the newsroom. */
    public boolean covers() {
        return outcome == Outcome.YES || outcome == Outcome.REGISTERED || outcome == Outcome.DECISION;
    }
}
