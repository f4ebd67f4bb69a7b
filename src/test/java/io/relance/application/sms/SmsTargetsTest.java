package io.relance.application.sms;

import io.relance.domain.sms.TargetPolicy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check on save and at connection: names are resolved and every answer judged; a name that
 * does not resolve cannot be judged on save (the connection checks again), and fails to connect.
 */
class SmsTargetsTest {

    static final SmsTargets STRICT = SmsTargets.of(TargetPolicy.strict());

    @Test
    void internalHostsAreRefusedOnSave() {
        for (String host : new String[]{"127.0.0.1", "localhost", "LOCALHOST", "10.1.2.3", "169.254.169.254", "::1", "[::1]",
                "::ffff:127.0.0.1", "[::ffff:169.254.169.254]", "0.0.0.0", "2130706433"}) {
            assertTrue(STRICT.refuses(host), host + " refused");
        }
        assertFalse(STRICT.refuses("8.8.8.8"));
        assertFalse(STRICT.refuses("smpp.does-not-exist.invalid"), "nothing to judge yet: the connection checks again");
    }

    @Test
    void theConnectionGetsCheckedAddressesOrNothing() throws Exception {
        InternalTargetException refused = assertThrows(InternalTargetException.class, () -> STRICT.addresses("localhost"));
        assertEquals(SmsGatewayException.Failure.INTERNAL_TARGET, refused.failure());
        assertThrows(InternalTargetException.class, () -> STRICT.addresses("169.254.169.254"));
        SmsGatewayException unknown = assertThrows(SmsGatewayException.class, () -> STRICT.addresses("smpp.does-not-exist.invalid"));
        assertEquals(SmsGatewayException.Failure.UNREACHABLE, unknown.failure());
        assertEquals(SmsGatewayException.Failure.UNREACHABLE,
                assertThrows(SmsGatewayException.class, () -> STRICT.addresses("")).failure(), "no name is not loopback");

        SmsTargets test = SmsTargets.of(TargetPolicy.allowing("localhost,127.0.0.0/8"));
        assertFalse(test.refuses("localhost"));
        assertFalse(test.addresses("127.0.0.1").isEmpty());
        assertTrue(test.refuses("10.0.0.1"), "what the operator did not list stays refused");
    }
}
