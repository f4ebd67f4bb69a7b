package io.relance.application.team;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemporaryPasswordTest {

    @Test
    void temporaryPasswordsMeetTheRealmPolicyAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String password = TeamInvitations.temporaryPassword();
            assertEquals(14, password.length());
            assertTrue(password.matches(".*\\d.*"), password);
            assertTrue(seen.add(password), "repeated " + password);
        }
    }
}
