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

    /** An answer that closes the enrolment at once. */
    public boolean closes() {
        return this != NO_ANSWER && this != VOICEMAIL && this != LATER;
    }
}
