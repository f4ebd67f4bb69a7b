package io.relance.domain.sequence;

import io.relance.domain.contact.Problem;

import java.util.List;
import java.util.Optional;

/**
 * The escalation option of a sequence template: after {@code afterUnanswered} attempts with no
 * pick-up (no answer, voicemail), the remaining attempts go to a senior. Null: no escalation. At
 * least one attempt must be left to escalate, hence at most {@code maxAttempts − 1}.
 */
public record Escalation(Integer afterUnanswered) {

    public static final Escalation OFF = new Escalation(null);

    public boolean isOn() {
        return afterUnanswered != null;
    }

    public Optional<Problem> problem(int maxAttempts) {
        if (afterUnanswered != null && (afterUnanswered < 1 || afterUnanswered > maxAttempts - 1)) {
            return Optional.of(new Problem("escalateAfter", "sequence.escalation.range", String.valueOf(afterUnanswered)));
        }
        return Optional.empty();
    }

    public List<Problem> problems(int maxAttempts) {
        return problem(maxAttempts).stream().toList();
    }

    /** Whether an enrolment with this many attempts and pick-ups, still open, is due to escalate now. */
    public boolean due(EnrolmentState state) {
        return afterUnanswered != null && state.status().isOpen() && state.attempts() - state.pickUps() >= afterUnanswered;
    }
}
