package io.relance.application.evidence;

import io.relance.application.promises.PromiseTally;

import io.relance.domain.evidence.Evidence;
import io.relance.domain.evidence.TimeSaved;

import java.io.Serializable;

/**
 * What the bilan and the dashboard show under "do follow-ups work?": the comparison of called and
 * send-only contacts, the attempts (and hours) saved, and whether the anchor SMS's promised calls
 * were made ("promesses tenues").
 *
 * @param campaigns how many launched campaigns it covers (1 on a campaign's bilan)
 */
public record FollowUpEvidence(Evidence comparison, TimeSaved timeSaved, long campaigns, PromiseTally promises)
        implements Serializable {
}
