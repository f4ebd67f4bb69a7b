package io.relance.domain.sequence;

/**
 * The engine's steps. Slot and callback steps refer to a call task; the others to an enrolment.
 * Each is idempotent: running it again changes nothing (its SQL only moves rows still in the state
 * it expects).
 */
public enum StepKind {
    /** The attempt appears in the caller's queue as due now. */
    SLOT_OPEN,
    /** The slot is over: if nobody tried, it is recorded as missed (not an attempt). */
    SLOT_CLOSE,
    /** A booked callback is due: it appears in the queue. */
    CALLBACK_DUE,
    /** The anchor SMS goes to the outbox (sent after commit by the SMS channel). */
    SMS_DUE,
    /** End of a sequence day: any slot of the day still open is missed. */
    DAY_END,
    /** The last day is over: without a pick-up the enrolment closes as non prioritaire (cooldown). */
    SEQUENCE_END;
}
