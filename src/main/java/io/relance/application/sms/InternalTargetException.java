package io.relance.application.sms;

/**
 * The provider's address resolved, when connecting, to an internal address the installation does
 * not allow (a name re-pointed after it was saved, or settings saved before the check): nothing was
 * sent. Not the message's fault, so it waits like any outage, and is not retried at once.
 */
public class InternalTargetException extends SmsGatewayException {

    public InternalTargetException(String host) {
        super("Provider address refused: " + host + " leads into an internal network", false, Failure.INTERNAL_TARGET, 0, null);
    }
}
