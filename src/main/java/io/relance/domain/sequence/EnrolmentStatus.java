package io.relance.domain.sequence;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an enrolment stands. Everything from CLOSED_* on is final. A PAUSED sequence is neither
 * callable nor closed: it waits for a chef de projet to resume or stop it.
 */
public enum EnrolmentStatus {
    /** Planned, its first slot not yet open. */
    SCHEDULED,
    /** Slots are being called. */
    ACTIVE,
    /** The contact said "later": a callback is booked. */
    CALLBACK,
    /** A chef de projet or the directeur paused it (or its campaign): nothing is called or sent. */
    PAUSED,
    CLOSED_YES, CLOSED_NO, CLOSED_REGISTERED, CLOSED_DECISION, CLOSED_WRONG_NUMBER, CLOSED_OPTED_OUT,
    /** No pick-up within the framed attempts: the contact rests for the cooldown. */
    CLOSED_NON_PRIORITAIRE,
    /** Taken out of the campaign before its end (excluded, contact erased or opted out elsewhere). */
    CLOSED_CANCELLED,
    /** A colleague at the same outlet said yes in this campaign: the newsroom has answered (no cooldown). */
    CLOSED_COVERED,
    /** Stopped by a chef de projet or the directeur ("arrêtée"): who and why are kept with it. */
    CLOSED_STOPPED;

    /** Callable: its slots open, its attempts are logged. */
    public static final Set<EnrolmentStatus> CALLABLE = Collections.unmodifiableSet(EnumSet.of(SCHEDULED, ACTIVE, CALLBACK));

    /** Still running, a paused one included: what a "no", a stop or a colleague's answer ends. */
    public static final Set<EnrolmentStatus> RUNNING = Collections.unmodifiableSet(EnumSet.of(SCHEDULED, ACTIVE, CALLBACK, PAUSED));

    /** Callable: its slots open, its attempts are logged. */
    public boolean isOpen() {
        return CALLABLE.contains(this);
    }

    /** Final: nothing will happen to it any more (a paused sequence is not closed). */
    public boolean isClosed() {
        return !isOpen() && this != PAUSED;
    }

    static EnrolmentStatus closedBy(Outcome outcome) {
        return switch (outcome) {
            case YES -> CLOSED_YES;
            case NO -> CLOSED_NO;
            case REGISTERED -> CLOSED_REGISTERED;
            case DECISION -> CLOSED_DECISION;
            case WRONG_NUMBER -> CLOSED_WRONG_NUMBER;
            case OPT_OUT -> CLOSED_OPTED_OUT;
            default -> throw new IllegalArgumentException(outcome + " does not close");
        };
    }
}
