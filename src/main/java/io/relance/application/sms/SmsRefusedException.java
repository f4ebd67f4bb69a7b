package io.relance.application.sms;

/** The operator refused this message for good (bad number, bad sender): retrying will not help. */
public class SmsRefusedException extends SmsGatewayException {

    public SmsRefusedException(String message, Throwable cause) {
        super(message, true, cause);
    }

    /** An HTTP aggregator's refusal, with its status. */
    public SmsRefusedException(String message, int httpStatus) {
        super(message, true, Failure.HTTP_STATUS, httpStatus, null);
    }
}
