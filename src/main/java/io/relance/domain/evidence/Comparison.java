package io.relance.domain.evidence;

import java.io.Serializable;

/** One rate (coverage or answers) of the called contacts against the send-only ones, and what it allows one to say. */
public record Comparison(Rate called, Rate sendOnly, Verdict verdict) implements Serializable {

    /** Below this many people in a group, no conclusion is drawn whatever the intervals say. */
    public static final int MIN_GROUP = 10;

    public static Comparison of(Rate called, Rate sendOnly) {
        return new Comparison(called, sendOnly, verdict(called, sendOnly));
    }

    static Verdict verdict(Rate called, Rate sendOnly) {
        if (called.n() < MIN_GROUP || sendOnly.n() < MIN_GROUP) {
            return Verdict.TOO_FEW;
        }
        if (called.overlaps(sendOnly)) {
            return Verdict.OVERLAP;
        }
        return called.rate() > sendOnly.rate() ? Verdict.CALLED_BETTER : Verdict.SEND_ONLY_BETTER;
    }

    /** The difference in percentage points (called minus send-only), for the sentence under the table. */
    public long points() {
        return called.percent() - sendOnly.percent();
    }
}
