package io.relance.domain.targeting;

import io.relance.domain.contact.ClosingDay;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Tier;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the score knows of one candidate, read for the whole list in a few grouped queries:
 * {@code topics} are the contact's and its outlet's; {@code history} its answers to this agency in
 * earlier campaigns; {@code callsLast4Weeks} the agency's calls to it over the last 28 days.
 */
public record Candidate(long contactId, String beat, List<String> topics, Tier tier, Periodicity periodicity,
                        ClosingDay closing, String language, History history, int callsLast4Weeks,
                        Instant cooldownUntil, boolean oneCallPerRelease) implements Serializable {

    public Candidate {
        topics = topics == null ? List.of() : List.copyOf(topics);
        history = history == null ? History.NONE : history;
    }

    /** Earlier campaigns of this agency in which the contact was followed up, and what came of them. */
    public record History(int campaigns, int pickUps, int yes, int coverage) implements Serializable {
        public static final History NONE = new History(0, 0, 0, 0);
    }
}
