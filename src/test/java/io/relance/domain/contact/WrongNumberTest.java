package io.relance.domain.contact;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WrongNumberTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:40:00Z");

    private static ContactDetails with(String mobile, String landline, boolean doNotCall) {
        return new ContactDetails(null, "Zoé", "Alpha", null, null, null, null, landline, mobile, null, null, null, null, null,
                null, null, null, null, null, doNotCall, null, false, null);
    }

    @Test
    void aWrongNumberStaysFlaggedWhileTheContactKeepsItAndGoesWhenANewOneIsEntered() {
        Contact c = new Contact(with("+33611111111", "+33140000000", false), null, null, NOW);
        c.markWrongNumber("+33611111111", NOW);
        assertEquals("+33611111111", c.getWrongNumber());
        assertEquals(NOW, c.getWrongNumberAt());
        c.apply(with("+33611111111", null, false), null, null, NOW.plusSeconds(60));
        assertEquals("+33611111111", c.getWrongNumber(), "an edit that keeps the number keeps the flag");
        c.apply(with("+33622222222", "+33140000000", false), null, null, NOW.plusSeconds(120));
        assertNull(c.getWrongNumber(), "a new number lifts it");
        assertNull(c.getWrongNumberAt());
    }

    @Test
    void onlyOneOfTheContactsOwnNumbersCanBeFlagged() {
        Contact c = new Contact(with("+33611111111", null, false), null, null, NOW);
        c.markWrongNumber("+33699999999", NOW);
        assertNull(c.getWrongNumber());
    }

    @Test
    void doNotCallOptOutAndErasureEachRefuseCalls() {
        assertFalse(new Contact(with("+33611111111", null, false), null, null, NOW).refusesCalls());
        assertTrue(new Contact(with("+33611111111", null, true), null, null, NOW).refusesCalls());
        Contact optedOut = new Contact(with("+33611111111", null, false), null, null, NOW);
        optedOut.optOut(NOW, "STOP par SMS");
        assertTrue(optedOut.refusesCalls());
        Contact erased = new Contact(with("+33611111111", null, false), null, null, NOW);
        erased.erase(NOW);
        assertTrue(erased.refusesCalls());
    }
}
