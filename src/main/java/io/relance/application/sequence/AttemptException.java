package io.relance.application.sequence;

import jakarta.ejb.ApplicationException;

/** An attempt that cannot be logged (task not open, callback time missing), with its message key. */
@ApplicationException(rollback = true)
public class AttemptException extends RuntimeException {

    private final String key;

    public AttemptException(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
