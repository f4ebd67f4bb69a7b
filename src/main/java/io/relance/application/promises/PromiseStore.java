package io.relance.application.promises;

import java.time.Instant;
import java.util.List;

/** The promises of a campaign's anchor SMS, read in the current agency. */
public interface PromiseStore {

    /** The campaign's promises counted, as of {@code now}. */
    PromiseTally tally(long campaignId, Instant now);

    /** The promises not kept, the most recent day first, at most {@code max}. */
    List<BrokenPromise> broken(long campaignId, Instant now, int max);
}
