package io.relance.application.promises;

import java.time.Instant;
import java.util.List;

/** The promises of a campaign's anchor SMS, read in the current agency. */
public interface PromiseStore {

    /** The promises of one campaign (null: of every campaign of the agency) counted, as of {@code now}. */
    PromiseTally tally(Long campaignId, Instant now);

    /** The promises not kept, the most recent day first, at most {@code max}. */
    List<BrokenPromise> broken(long campaignId, Instant now, int max);
}
