package io.relance.domain.sequence;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a call task (a slot or a booked callback) stands. PLANNED and OPEN are still to call; a
 * PAUSED one waits for its sequence's resume; the others are final.
 */
public enum TaskStatus {
    /** Written at launch (or booked), not yet in the caller's queue. */
    PLANNED,
    /** In the caller's queue, due now. */
    OPEN,
    /** A caller logged an attempt on it. */
    DONE,
    /** Its window closed without an attempt. */
    MISSED,
    /** Not to be called any more (the sequence closed, a callback came first, the days are over). */
    CANCELLED,
    /** Its sequence is paused: neither the engine nor a queue reads it. */
    PAUSED;

    /** Still to call: planned or in the queue. */
    public static final Set<TaskStatus> TO_CALL = Collections.unmodifiableSet(EnumSet.of(PLANNED, OPEN));
}
