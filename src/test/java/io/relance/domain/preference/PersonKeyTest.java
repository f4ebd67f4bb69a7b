package io.relance.domain.preference;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonKeyTest {

    private final PersonKey key = new PersonKey("a-platform-secret-of-32-characters".getBytes(StandardCharsets.UTF_8));

    @Test
    void theSameAddressTypedDifferentlyIsTheSamePerson() {
        assertEquals(key.email("zoe@presse.fr"), key.email("  Zoe@Presse.FR "));
        assertEquals(key.phone("+33611111111"), key.phone("+33 6 11 11 11 11"));
    }

    @Test
    void itIsAnHmacNotAPlainHashAndDependsOnTheSecret() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        PersonKey jefe = new PersonKey("Jefe-Jefe-Jefe-Jefe".getBytes(StandardCharsets.UTF_8));
        assertEquals(64, key.email("zoe@presse.fr").orElseThrow().length());
        assertNotEquals(key.email("zoe@presse.fr"), jefe.email("zoe@presse.fr"), "another secret, another key: a guessed address cannot be tested without it");
        assertNotEquals(key.email("zoe@presse.fr").orElseThrow(), key.hmac("zoe@presse.fr"), "the kind is part of the input");
    }

    @Test
    void matchesTheReferenceHmac() {
        // RFC 4231 test case 1 shape with a 20-byte key of 0x0b and "Hi There"
        byte[] k = new byte[20];
        java.util.Arrays.fill(k, (byte) 0x0b);
        assertEquals("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", new PersonKey(k).hmac("Hi There"));
    }

    @Test
    void nothingIsKeyedFromNonsenseOrEmptiness() {
        assertEquals(Optional.empty(), key.email(null));
        assertEquals(Optional.empty(), key.email("not an address"));
        assertEquals(Optional.empty(), key.email("a@b@c"));
        assertEquals(Optional.empty(), key.phone("12"));
        assertTrue(key.email("x@y.fr").isPresent());
        assertThrows(IllegalArgumentException.class, () -> new PersonKey(new byte[4]));
    }
}
