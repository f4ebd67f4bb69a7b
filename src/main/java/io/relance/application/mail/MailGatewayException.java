package io.relance.application.mail;

/**
 * An email not sent. Permanent (an address the server refuses, a 5xx answer): trying again would
 * fail the same way. Otherwise (connection refused, a 4xx answer) a later try may succeed.
 */
public class MailGatewayException extends Exception {

    private final boolean permanent;

    public MailGatewayException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
