package io.relance.domain.sequence;

import java.time.Instant;

/**
 * The state machine of one enrolment, as a value: every event gives the next state, by the rules
 * of {@link Transition} (the table the engine's set-based SQL is rendered from). Attempts count
 * only what was actually tried; a slot nobody used is "missed", which is not an attempt. The
 * sequence ends in time (after its last day) or in attempts (at the cap), whichever comes first.
 *
 * @param sequenceOver the last slot of the last day has closed
 */
public record EnrolmentState(EnrolmentStatus status, int attempts, int pickUps, int missed, Instant callbackAt,
                             boolean sequenceOver) {

    public static EnrolmentState scheduled() {
        return new EnrolmentState(EnrolmentStatus.SCHEDULED, 0, 0, 0, null, false);
    }

    /** The first slot opened. */
    public EnrolmentState start() {
        return Transition.SLOT_OPENS.appliesTo(status) ? with(Transition.SLOT_OPENS.target()) : this;
    }

    /** A caller logged an attempt. {@code callbackAt} is required for LATER. */
    public EnrolmentState log(Outcome outcome, Instant callbackAt, int maxAttempts) {
        if (!Transition.ATTEMPT_LOGGED.appliesTo(status)) {
            throw new IllegalStateException("enrolment already " + status);
        }
        int tried = attempts + 1;
        int picked = pickUps + (outcome.isPickUp() ? 1 : 0);
        if (outcome.closes()) {
            return new EnrolmentState(EnrolmentStatus.closedBy(outcome), tried, picked, missed, null, sequenceOver);
        }
        if (outcome == Outcome.LATER) {
            if (callbackAt == null) {
                throw new IllegalArgumentException("a callback needs a date and time");
            }
            return new EnrolmentState(Transition.CALLBACK_BOOKED.target(), tried, picked, missed, callbackAt, sequenceOver);
        }
        // no answer or voicemail: the cap, or the end of the days with nothing pending, closes it
        boolean capped = tried >= maxAttempts;
        EnrolmentStatus next = capped || sequenceOver ? EnrolmentStatus.CLOSED_NON_PRIORITAIRE : EnrolmentStatus.ACTIVE;
        return new EnrolmentState(next, tried, picked, missed, null, sequenceOver);
    }

    /**
     * A slot closed without an attempt: counted while the enrolment is called in its days; one
     * waiting for its booked callback (or paused, or closed) is not counted, as the engine does.
     */
    public EnrolmentState slotMissed() {
        return Transition.SLOT_MISSED.appliesTo(status)
                ? new EnrolmentState(status, attempts, pickUps, missed + 1, callbackAt, sequenceOver) : this;
    }

    /**
     * A booked callback closed without an attempt (not counted as missed): once the days are over
     * nothing more will happen, so the sequence closes as non prioritaire; before, it goes on.
     */
    public EnrolmentState callbackMissed() {
        return sequenceOver && Transition.CALLBACK_MISSED.appliesTo(status) ? with(Transition.CALLBACK_MISSED.target()) : this;
    }

    /**
     * The last slot of the last day closed. Without a pending callback the enrolment closes as non
     * prioritaire; a booked callback is kept, and its outcome decides. Every enrolment whose days
     * were still running is marked over, whatever its status (a paused or closed one included).
     */
    public EnrolmentState sequenceEnds() {
        if (sequenceOver) {
            return this;
        }
        EnrolmentStatus next = Transition.SEQUENCE_ENDS.appliesTo(status) ? Transition.SEQUENCE_ENDS.target() : status;
        return new EnrolmentState(next, attempts, pickUps, missed, callbackAt, true);
    }

    /** The booked callback came due: the caller sees it; the enrolment goes on as active. */
    public EnrolmentState callbackDue() {
        return Transition.CALLBACK_COMES_DUE.appliesTo(status)
                ? new EnrolmentState(Transition.CALLBACK_COMES_DUE.target(), attempts, pickUps, missed, null, sequenceOver) : this;
    }

    /** Taken out of the campaign (a "no" elsewhere), running or paused; a closed one stays as it is. */
    public EnrolmentState cancel() {
        return Transition.WITHDRAWN.appliesTo(status) ? withdrawn(EnrolmentStatus.CLOSED_CANCELLED) : this;
    }

    /**
     * Paused by a chef de projet: a callable sequence waits, its booked callback forgotten (the
     * remaining attempts are planned again at resume, a callback among them).
     */
    public EnrolmentState pause() {
        if (!Transition.PAUSE.appliesTo(status)) {
            throw new IllegalStateException("only a running sequence pauses, not a " + status + " one");
        }
        return new EnrolmentState(Transition.PAUSE.target(), attempts, pickUps, missed, null, sequenceOver);
    }

    /** Resumed: callable again, its days to be planned anew (so not over), attempts and misses kept. */
    public EnrolmentState resume() {
        if (!Transition.RESUME.appliesTo(status)) {
            throw new IllegalStateException("only a paused sequence resumes, not a " + status + " one");
        }
        return new EnrolmentState(attempts == 0 ? EnrolmentStatus.SCHEDULED : EnrolmentStatus.ACTIVE, attempts, pickUps,
                missed, null, false);
    }

    /** Stopped ("arrêtée"), running or paused; no cooldown follows (the agency stopped, not the person). */
    public EnrolmentState stop() {
        if (!Transition.WITHDRAWN.appliesTo(status)) {
            throw new IllegalStateException("a " + status + " sequence is already closed");
        }
        return withdrawn(EnrolmentStatus.CLOSED_STOPPED);
    }

    /** The attempts still allowed by the sequence's maximum (what a resume plans again). */
    public int remainingAttempts(int maxAttempts) {
        return Math.max(0, maxAttempts - attempts);
    }

    /** Closed without a pick-up: the contact enters the cooldown. */
    public boolean startsCooldown() {
        return status == EnrolmentStatus.CLOSED_NON_PRIORITAIRE;
    }

    private EnrolmentState withdrawn(EnrolmentStatus closing) {
        return new EnrolmentState(closing, attempts, pickUps, missed, null, sequenceOver);
    }

    private EnrolmentState with(EnrolmentStatus next) {
        return new EnrolmentState(next, attempts, pickUps, missed, callbackAt, sequenceOver);
    }
}
