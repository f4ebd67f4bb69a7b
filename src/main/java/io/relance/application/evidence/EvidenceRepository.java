package io.relance.application.evidence;

import io.relance.domain.evidence.Evidence;
import io.relance.domain.evidence.TimeSaved;

import java.util.List;

/**
 * The counts behind the evidence, grouped in the database (one query each, whatever the number of
 * contacts), over one campaign or, with a null campaign, every launched campaign of the agency.
 */
public interface EvidenceRepository {

    /** An SMS reply counts as an answer to a campaign when it arrives within this many days of its launch. */
    int REPLY_DAYS = 30;

    /**
     * The called people (targeted "à appeler" and enrolled) and the send-only people (targeted "envoi seul",
     * not opted out), grouped by group and score: how many, how many with coverage linked to them, how many
     * who answered (see {@link Evidence}).
     */
    List<Evidence.Group> groups(Long campaignId);

    /** Per launched campaign, the counts of its attempts against the baseline (see {@link TimeSaved}). */
    List<TimeSaved.Campaign> effort(Long campaignId);
}
