package io.relance.application.mail;

/**
 * An email not sent. Permanent (an address the server refuses, a 5xx answer): trying again would
 * fail the same way. Otherwise (connection refused, a 4xx answer) a later try may succeed.
 */
public class MailGatewayException extends Exception {

    private final boolean permanent;
    private final boolean unreachable;

    public MailGatewayException(String message, boolean permanent, Throwable cause) {
        this(message, permanent, false, cause);
    }

    /** {@code unreachable}: no SMTP conversation at all (refused, timed out); no email can leave now. */
    public MailGatewayException(String message, boolean permanent, boolean unreachable, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.unreachable = unreachable;
    }

    public boolean isUnreachable() {
        return unreachable;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
