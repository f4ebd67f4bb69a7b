package io.relance.application.sms;

import jakarta.ejb.ApplicationException;

/**
 * A delivery receipt that beat the commit of its own message: refused so that the operator sends it
 * again. An application exception, so that it reaches the caller as itself and not wrapped by the
 * container (the aggregator's hook answers 503 to it).
 */
@ApplicationException(rollback = true)
public class ReceiptTooEarly extends RuntimeException {

    public ReceiptTooEarly(String providerId) {
        super("No message " + providerId + " yet");
    }
}
