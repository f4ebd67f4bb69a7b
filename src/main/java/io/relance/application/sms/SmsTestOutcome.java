package io.relance.application.sms;

import java.io.Serializable;

/**
 * What a test SMS tells the directeur: whether the provider was reached and how it answered, in our
 * words ({@code key}, a message of the bundle, with the HTTP status when there is one). Never the
 * provider's answer itself: the address is typed by anyone who signs up, and an internal server's
 * reply must not come back through this page.
 */
public record SmsTestOutcome(boolean accepted, String key, int httpStatus) implements Serializable {

    public static SmsTestOutcome reached() {
        return new SmsTestOutcome(true, "sms.test.accepted", 0);
    }

    public static SmsTestOutcome of(SmsGatewayException e) {
        return switch (e.failure()) {
            case TIMEOUT -> new SmsTestOutcome(false, "sms.test.timeout", 0);
            case CREDENTIALS -> new SmsTestOutcome(false, "sms.test.credentials", 0);
            case REJECTED -> new SmsTestOutcome(false, "sms.test.rejected", 0);
            case HTTP_STATUS -> new SmsTestOutcome(false, "sms.test.refused", e.httpStatus());
            case INTERNAL_TARGET -> new SmsTestOutcome(false, SmsSettings.INTERNAL, 0);
            case UNREACHABLE -> new SmsTestOutcome(false, "sms.test.unreachable", 0);
        };
    }
}
