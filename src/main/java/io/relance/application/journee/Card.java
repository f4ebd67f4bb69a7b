package io.relance.application.journee;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The contact card of the call at hand: the call, what to say, and what happened before. */
public record Card(QueueItem call, String keyMessage, String script, String notes, List<PastAttempt> history)
        implements Serializable {

    /** An attempt made earlier to the same person, in any campaign of the agency. */
    public record PastAttempt(Instant madeAt, String outcome, String caller, String campaign, Instant callbackAt)
            implements Serializable {
    }
}
