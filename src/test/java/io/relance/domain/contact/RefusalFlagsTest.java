package io.relance.domain.contact;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Do-not-call and opt-out on a contact: since when and why, kept while the flag stays up. */
class RefusalFlagsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:40:00Z");

    private static ContactDetails with(boolean doNotCall, String why, boolean optedOut, String optOutWhy) {
        return new ContactDetails(null, "Zoé", "Alpha", null, null, null, null, null, "+33611111111", null, null, null, null,
                null, null, null, null, null, null, doNotCall, why, optedOut, optOutWhy);
    }

    @Test
    void aFlagKeepsItsFirstDateWhileItStaysUpAndForgetsDateAndReasonWhenLowered() {
        Contact c = new Contact(with(true, "Demandé par téléphone", false, null), null, null, NOW);
        assertEquals(NOW, c.getDoNotCallAt());
        assertTrue(c.refusesCalls());
        c.apply(with(true, "Redit par email", false, null), null, null, NOW.plusSeconds(60));
        assertEquals(NOW, c.getDoNotCallAt(), "saving again does not move the date");
        assertEquals("Redit par email", c.details().doNotCallReason());
        c.apply(with(false, "ignored", false, null), null, null, NOW.plusSeconds(120));
        assertFalse(c.details().doNotCall());
        assertNull(c.getDoNotCallAt());
        assertNull(c.details().doNotCallReason(), "no reason without the flag");
        assertFalse(c.refusesCalls());
    }

    @Test
    void anOptOutIsDatedOnceAndItsReasonKept() {
        Contact c = new Contact(with(false, null, false, null), null, null, NOW);
        c.optOut(NOW.plusSeconds(60), "SMS STOP");
        c.optOut(NOW.plusSeconds(120), "again");
        assertEquals(NOW.plusSeconds(60), c.getOptedOutAt());
        assertEquals("SMS STOP", c.details().optedOutReason());
        assertTrue(c.details().optedOut());
        assertTrue(c.refusesCalls());
        assertNull(c.getDoNotCallAt(), "the other flag is untouched");
    }
}
