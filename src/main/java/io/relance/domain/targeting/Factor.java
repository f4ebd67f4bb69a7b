package io.relance.domain.targeting;

/**
 * What the score looks at, each weighed by the directeur. The default weights put the journalist's
 * beat and the agency's own history with them first: a good match who answered last time is the
 * call most likely to be worth it.
 */
public enum Factor {
    /** Beat and topics against the campaign's topics. */
    TOPICS(5),
    /** The contact's tier (A, B, C). */
    TIER(4),
    /** The outlet's periodicity against the send date and its closing day. */
    TIMING(3),
    /** Past answers to this agency: pick-ups, yes, coverage obtained. */
    HISTORY(4),
    /** Calls over the last weeks, a cooldown just ended. */
    PRESSURE(3),
    /** The journalist's own preferences (one call per release). */
    PREFERENCE(2),
    /** The contact's language against the agency's. */
    LANGUAGE(1);

    private final int defaultWeight;

    Factor(int defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public int defaultWeight() {
        return defaultWeight;
    }
}
