package io.relance.domain.targeting;

/** Whether a target is followed up by phone ("à appeler") or only sent the release ("envoi seul"). */
public enum CallMode {
    CALL, SEND_ONLY;

    /** A stored value, tolerant: anything unknown reads as the column's default, CALL. */
    public static CallMode parse(String text) {
        return "SEND_ONLY".equals(text) ? SEND_ONLY : CALL;
    }
}
