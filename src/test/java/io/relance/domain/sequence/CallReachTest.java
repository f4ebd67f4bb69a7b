package io.relance.domain.sequence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CallReachTest {

    private static final Long STAGIAIRE = 7L;
    private static final Long OTHER = 8L;

    @Test
    void aStagiaireTouchesTheirOwnCallToAnOrdinaryContact() {
        assertEquals(CallReach.OPEN, CallReach.of(false, STAGIAIRE, STAGIAIRE, false));
    }

    @Test
    void aStagiaireIsRefusedAPrivilegedContactEvenOnATaskTheyHold() {
        assertEquals(CallReach.RESERVED, CallReach.of(false, STAGIAIRE, STAGIAIRE, true));
    }

    @Test
    void anotherCallersCallIsNotThereForAStagiaire() {
        assertEquals(CallReach.NOT_THEIRS, CallReach.of(false, STAGIAIRE, OTHER, false));
        assertEquals(CallReach.NOT_THEIRS, CallReach.of(false, STAGIAIRE, OTHER, true));
        assertEquals(CallReach.NOT_THEIRS, CallReach.of(false, STAGIAIRE, null, false), "an unassigned call");
        assertEquals(CallReach.NOT_THEIRS, CallReach.of(false, null, null, false), "a caller without a staff row");
    }

    @Test
    void seniorStaffTouchAnyCallThePrivilegedOnesToo() {
        assertEquals(CallReach.OPEN, CallReach.of(true, STAGIAIRE, OTHER, true));
        assertEquals(CallReach.OPEN, CallReach.of(true, null, null, true));
    }
}
