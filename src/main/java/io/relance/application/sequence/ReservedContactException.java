package io.relance.application.sequence;

/** A stagiaire logging an outcome on a privileged contact, which only senior staff call: 403 in the API. */
public class ReservedContactException extends AttemptException {

    public ReservedContactException() {
        super("attempt.privileged");
    }
}
