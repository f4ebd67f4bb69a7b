package io.relance.domain.targeting;

import java.io.Serializable;

/**
 * The team's real free call attempts over a sequence's days: the campaign's callers × what one
 * caller makes in a day × the days, less the attempts their other running campaigns already hold
 * on those days (open call tasks).
 */
public record CallCapacity(int callers, int perCallerPerDay, int days, long held) implements Serializable {

    public long total() {
        return (long) callers * perCallerPerDay * days;
    }

    public long free() {
        return Math.max(0, total() - held);
    }
}
