package io.relance.application.identity;

/** The identity provider refused or could not be reached; the reason decides the message shown. */
public class IdentityException extends RuntimeException {

    public enum Reason { EMAIL_TAKEN, PASSWORD_REJECTED, NOT_FOUND, UNAVAILABLE }

    private final Reason reason;

    public IdentityException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
