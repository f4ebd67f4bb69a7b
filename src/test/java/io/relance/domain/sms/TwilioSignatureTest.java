package io.relance.domain.sms;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The callback signature against the example Twilio publishes in its security documentation. */
class TwilioSignatureTest {

    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

    private static Map<String, String> params() {
        Map<String, String> p = new HashMap<>();
        p.put("CallSid", "CA1234567890ABCDE");
        p.put("Caller", "+14158675310");
        p.put("Digits", "1234");
        p.put("From", "+14158675310");
        p.put("To", "+18005551212");
        return p;
    }

    @Test
    void matchesTwilioDocumentedExample() {
        assertEquals("GvWf1cFY/Q7PnoempGyD5oXAezc=", TwilioSignature.of("12345", URL, params()));
        assertTrue(TwilioSignature.valid("12345", URL, params(), "GvWf1cFY/Q7PnoempGyD5oXAezc="));
    }

    @Test
    void anyChangeBreaksIt() {
        Map<String, String> changed = params();
        changed.put("Digits", "1235");
        assertFalse(TwilioSignature.valid("12345", URL, changed, "GvWf1cFY/Q7PnoempGyD5oXAezc="), "a changed parameter");
        assertFalse(TwilioSignature.valid("54321", URL, params(), "GvWf1cFY/Q7PnoempGyD5oXAezc="), "another agency's token");
        assertFalse(TwilioSignature.valid("12345", URL + "&x=1", params(), "GvWf1cFY/Q7PnoempGyD5oXAezc="), "another URL");
        assertFalse(TwilioSignature.valid("12345", URL, params(), null), "no signature");
        assertFalse(TwilioSignature.valid(null, URL, params(), "GvWf1cFY/Q7PnoempGyD5oXAezc="), "an agency without a token");
    }
}
