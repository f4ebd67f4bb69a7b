package io.relance.domain.sequence;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentTest {

    static final long CHEF = 1, S1 = 2, S2 = 3, DIR = 9;

    private static Assignment team(Map<Long, Integer> load) {
        return new Assignment(Map.of(CHEF, Assignment.Kind.CHEF, S1, Assignment.Kind.STAGIAIRE, S2, Assignment.Kind.STAGIAIRE),
                new HashMap<>(load));
    }

    @Test
    void aDirecteursOwnContactStaysWithThem() {
        assertEquals(Optional.of(DIR), team(Map.of()).callerFor(new Assignment.Contact(DIR, true, true)));
    }

    @Test
    void tierAAndPrivilegedContactsGoToTheChef() {
        Assignment a = team(Map.of());
        assertEquals(Optional.of(CHEF), a.callerFor(new Assignment.Contact(null, true, false)));
        assertEquals(Optional.of(CHEF), a.callerFor(new Assignment.Contact(null, false, true)));
    }

    @Test
    void theRestIsSpreadOverTheStagiairesByLoadIncludingTheirExistingWork() {
        Assignment a = team(Map.of(S1, 3));
        List<Long> given = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> a.callerFor(new Assignment.Contact(null, false, false)).orElseThrow()).toList();
        assertEquals(List.of(S2, S2, S2, S1, S2), given);
    }

    @Test
    void aPrivilegedContactWithoutAChefHasNoCallerRatherThanAStagiaire() {
        Assignment a = new Assignment(Map.of(S1, Assignment.Kind.STAGIAIRE), new HashMap<>());
        assertEquals(Optional.empty(), a.callerFor(new Assignment.Contact(null, false, true)));
        assertFalse(Assignment.allowed(Assignment.Kind.STAGIAIRE, true));
        assertTrue(Assignment.allowed(Assignment.Kind.CHEF, true));
    }
}
