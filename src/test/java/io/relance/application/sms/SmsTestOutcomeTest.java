package io.relance.application.sms;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A test SMS is told in our words: the kind of failure and the HTTP status, whatever the failure's own text. */
class SmsTestOutcomeTest {

    static final String SECRET = "root:x:0:0 AKIAINTERNAL";

    @Test
    void eachFailureHasItsMessageAndNoneCarriesTheProvidersText() {
        assertEquals(new SmsTestOutcome(false, "sms.test.refused", 404), SmsTestOutcome.of(new SmsRefusedException(SECRET, 404)));
        assertEquals(new SmsTestOutcome(false, "sms.test.refused", 503), SmsTestOutcome.of(
                new SmsGatewayException(SECRET, false, SmsGatewayException.Failure.HTTP_STATUS, 503, null)));
        assertEquals(new SmsTestOutcome(false, "sms.test.timeout", 0), SmsTestOutcome.of(
                new SmsGatewayException(SECRET, false, SmsGatewayException.Failure.TIMEOUT, 0, null)));
        assertEquals(new SmsTestOutcome(false, "sms.test.credentials", 0), SmsTestOutcome.of(
                new SmsGatewayException(SECRET, false, SmsGatewayException.Failure.CREDENTIALS, 0, null)));
        assertEquals(new SmsTestOutcome(false, "sms.test.rejected", 0), SmsTestOutcome.of(new SmsRefusedException(SECRET, null)));
        assertEquals(new SmsTestOutcome(false, "sms.test.unreachable", 0), SmsTestOutcome.of(new SmsGatewayException(SECRET, false, null)));
        assertEquals(new SmsTestOutcome(false, "sms.target.internal", 0), SmsTestOutcome.of(new InternalTargetException("10.0.0.1")));
        assertFalse(SmsTestOutcome.of(new SmsRefusedException(SECRET, 400)).toString().contains("AKIA"));
        assertEquals(new SmsTestOutcome(true, "sms.test.accepted", 0), SmsTestOutcome.reached());
    }
}
