package io.relance.application.evidence;

import io.relance.domain.evidence.Evidence;
import io.relance.domain.evidence.TimeSaved;

import java.io.Serializable;

/**
 * What the bilan and the dashboard show under "do follow-ups work?": the comparison of called and
 * send-only contacts, and the attempts (and hours) saved.
 *
 * @param campaigns how many launched campaigns it covers (1 on a campaign's bilan)
 */
public record FollowUpEvidence(Evidence comparison, TimeSaved timeSaved, long campaigns) implements Serializable {
}
