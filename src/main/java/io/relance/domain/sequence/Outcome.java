package io.relance.domain.sequence;

/**
 * What a caller logs for one attempt. The first three are not pick-ups; the others are, and all of
 * them but LATER are an explicit answer that ends the sequence.
 */
public enum Outcome {
    NO_ANSWER, VOICEMAIL, WRONG_NUMBER,
    YES, NO, LATER, REGISTERED, DECISION,
    OPT_OUT;

    public boolean isPickUp() {
        return this != NO_ANSWER && this != VOICEMAIL && this != WRONG_NUMBER;
    }

    /** A pick-up after which the person talked on (all but an opt-out): a prospect is qualified then. */
    public boolean talked() {
        return isPickUp() && this != OPT_OUT;
    }

    /** An answer that closes the enrolment at once. */
    public boolean closes() {
        return this != NO_ANSWER && this != VOICEMAIL && this != LATER;
    }
}
