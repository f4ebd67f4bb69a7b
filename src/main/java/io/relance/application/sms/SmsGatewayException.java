package io.relance.application.sms;

import io.relance.application.outbox.SendFailed;

/**
 * The operator could not be reached or refused the message; {@code permanent}: retrying will not help.
 * The message is ours (never the provider's answer: the address may be anybody's server); what
 * went wrong is also told as a {@link Failure} and, for HTTP, the status, which is all a directeur's
 * test is told. Never "unreachable" for the outbox's round: an operator is the agency's own, one that
 * does not answer stops nobody else's messages.
 */
public class SmsGatewayException extends SendFailed {

    /** What a test of the settings may say about the provider. */
    public enum Failure {
        /** unknown name, connection refused or cut */
        UNREACHABLE,
        /** no answer in time */
        TIMEOUT,
        /** it answered, and refused the login (SMPP bind) */
        CREDENTIALS,
        /** it answered, and refused the message (SMPP) */
        REJECTED,
        /** it answered an HTTP status other than success */
        HTTP_STATUS,
        /** the address leads into our own network and is not allowed: nothing was sent */
        INTERNAL_TARGET
    }

    private final Failure failure;
    private final int httpStatus;

    public SmsGatewayException(String message, boolean permanent, Throwable cause) {
        this(message, permanent, permanent ? Failure.REJECTED : Failure.UNREACHABLE, 0, cause);
    }

    public SmsGatewayException(String message, boolean permanent, Failure failure, int httpStatus, Throwable cause) {
        super(message, permanent, false, cause);
        this.failure = failure;
        this.httpStatus = httpStatus;
    }

    public Failure failure() {
        return failure;
    }

    /** The HTTP status the provider answered, 0 when none. */
    public int httpStatus() {
        return httpStatus;
    }
}
