package io.relance.domain.sequence;

/** Where an enrolment stands. Everything from CLOSED_* on is final. */
public enum EnrolmentStatus {
    /** Planned, its first slot not yet open. */
    SCHEDULED,
    /** Slots are being called. */
    ACTIVE,
    /** The contact said "later": a callback is booked. */
    CALLBACK,
    CLOSED_YES, CLOSED_NO, CLOSED_REGISTERED, CLOSED_DECISION, CLOSED_WRONG_NUMBER, CLOSED_OPTED_OUT,
    /** No pick-up within the framed attempts: the contact rests for the cooldown. */
    CLOSED_NON_PRIORITAIRE,
    /** Taken out of the campaign before its end (excluded, contact erased or opted out elsewhere). */
    CLOSED_CANCELLED,
    /** A colleague at the same outlet said yes in this campaign: the newsroom has answered (no cooldown). */
    CLOSED_COVERED;

    public boolean isOpen() {
        return this == SCHEDULED || this == ACTIVE || this == CALLBACK;
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
