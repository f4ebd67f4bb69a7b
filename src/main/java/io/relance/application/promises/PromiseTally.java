package io.relance.application.promises;

import java.io.Serializable;

/**
 * A campaign's promises: made (an anchor SMS that named the day of the call, and left), kept (called
 * that day), missed (the day passed without a call), pending (the day has not passed), excused (the
 * person ended the sequence before the day was over: an answer, an opt-out, a wrong number).
 */
public record PromiseTally(long made, long kept, long missed, long pending, long excused) implements Serializable {

    /**
     * Kept among the promises settled (kept, or missed once their day passed), as a whole percentage;
     * one still waiting for its day counts in neither; null while none is settled.
     */
    public Integer keptPercent() {
        long due = kept + missed;
        return due == 0 ? null : (int) Math.round(100.0 * kept / due);
    }
}
