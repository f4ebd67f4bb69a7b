package io.relance.infrastructure.persistence.sessions;

import io.relance.infrastructure.persistence.sessions.UnreadableSessions.Check;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When the start guard removes the sessions it could not read, and when it leaves them to WildFly:
 * a broken row here and there is damage; most rows broken at once is a format the guard does not know
 * (after a WildFly upgrade), and removing them would log everybody out at every start.
 */
class UnreadableSessionsTest {

    @Test
    void aBrokenSessionAmongReadableOnesIsRemoved() {
        assertTrue(new Check(766, 1, Set.of("a")).looksLikeDamage());
        assertTrue(new Check(766, 4, Set.of("a", "b")).looksLikeDamage());
    }

    @Test
    void aSmallTableIsNoEvidenceOfAFormatChange() {
        // UnreadableSessionIT's case: one session of two rows, one of them cut
        assertTrue(new Check(2, 1, Set.of("a")).looksLikeDamage());
        assertTrue(new Check(2, 2, Set.of("a")).looksLikeDamage());
    }

    @Test
    void mostRowsBrokenAtOnceIsAFormatTheCheckDoesNotKnow() {
        assertFalse(new Check(766, 766, Set.of("a", "b")).looksLikeDamage());
        assertFalse(new Check(10, 6, Set.of("a", "b", "c")).looksLikeDamage());
        assertTrue(new Check(10, 5, Set.of("a", "b", "c")).looksLikeDamage());
    }
}
