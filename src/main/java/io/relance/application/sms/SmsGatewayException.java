package io.relance.application.sms;

/** The operator could not be reached or refused the message; {@code permanent}: retrying will not help. */
public class SmsGatewayException extends Exception {

    private final boolean permanent;

    public SmsGatewayException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
