package io.relance.domain.sequence;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals(Optional.of(Assignment.Refusal.PRIVILEGED),
                Assignment.refusal(Assignment.Kind.STAGIAIRE, new Assignment.Contact(null, false, true)));
        assertTrue(Assignment.refusal(Assignment.Kind.CHEF, new Assignment.Contact(null, false, true)).isEmpty());
    }

    @Test
    void aDirecteursContactNeverGoesToAStagiaireEvenUnflaggedOrWhenTheDirecteurLeaves() {
        assertEquals(Optional.of(Assignment.Refusal.DIRECTEUR_CONTACT),
                Assignment.refusal(Assignment.Kind.STAGIAIRE, new Assignment.Contact(DIR, false, false)));
        Assignment.Contact leaving = new Assignment.Contact(null, true, false, false, false);
        assertEquals(Optional.of(Assignment.Refusal.DIRECTEUR_CONTACT), Assignment.refusal(Assignment.Kind.STAGIAIRE, leaving));
        assertEquals(Optional.of(CHEF), team(Map.of()).callerFor(leaving), "the owner gone: a chef de projet, not a stagiaire");
        assertTrue(Assignment.refusal(Assignment.Kind.DIRECTEUR, leaving).isEmpty());
    }

    @Test
    void tierAIsForSeniorsAndAPlainContactForAnyone() {
        assertEquals(Optional.of(Assignment.Refusal.TIER_A),
                Assignment.refusal(Assignment.Kind.STAGIAIRE, new Assignment.Contact(null, true, false)));
        assertTrue(Assignment.refusal(Assignment.Kind.STAGIAIRE, new Assignment.Contact(null, false, false)).isEmpty());
    }

    @Test
    void anEscalatedContactGoesToTheLeastLoadedChefThenADirecteurNeverAStagiaire() {
        Assignment.Contact escalated = new Assignment.Contact(null, false, false).escalate();
        long chef2 = 4;
        Assignment a = new Assignment(Map.of(CHEF, Assignment.Kind.CHEF, chef2, Assignment.Kind.CHEF,
                S1, Assignment.Kind.STAGIAIRE), new HashMap<>(Map.of(CHEF, 5)));
        assertEquals(Optional.of(chef2), a.callerFor(escalated));
        assertEquals(Optional.of(Assignment.Refusal.ESCALATED), Assignment.refusal(Assignment.Kind.STAGIAIRE, escalated));
        Assignment noChef = new Assignment(Map.of(DIR, Assignment.Kind.DIRECTEUR, S1, Assignment.Kind.STAGIAIRE), new HashMap<>());
        assertEquals(Optional.of(DIR), noChef.callerFor(escalated));
    }
}
