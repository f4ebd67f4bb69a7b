package io.relance.application.sequence;

import io.relance.application.common.Refused;

/** An attempt that cannot be logged (the slot is no longer open, a callback without its time). */
public class AttemptException extends Refused {

    private final String key;

    public AttemptException(String key) {
        super("outcome", key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
