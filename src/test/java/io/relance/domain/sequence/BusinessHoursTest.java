package io.relance.domain.sequence;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessHoursTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private final BusinessHours hours = new BusinessHours(BusinessCalendar.of("FR"), PeriodicityTiming.defaults().working());

    @Test
    void aCallbackIsBookedOnABusinessDayWithinWorkingHoursInTheContactsZone() {
        assertTrue(hours.isOpen(Instant.parse("2026-11-24T15:00:00Z"), PARIS), "Tuesday 16:00 in Paris");
        assertFalse(hours.isOpen(Instant.parse("2026-11-24T19:00:00Z"), PARIS), "Tuesday 20:00 in Paris");
        assertTrue(hours.isOpen(Instant.parse("2026-11-24T19:00:00Z"), MONTREAL), "the same instant is 14:00 in Montréal");
        assertFalse(hours.isOpen(Instant.parse("2026-11-24T13:00:00Z"), MONTREAL), "08:00 in Montréal: too early there");
    }

    @Test
    void outsideTheNextPossibleMomentIsProposed() {
        assertEquals("2026-11-25T09:00+01:00", hours.next(Instant.parse("2026-11-24T19:00:00Z"), PARIS).toOffsetDateTime().toString(),
                "an evening: the next morning");
        assertEquals("2026-11-30T09:00+01:00", hours.next(Instant.parse("2026-11-28T10:00:00Z"), PARIS).toOffsetDateTime().toString(),
                "a Saturday: Monday morning");
        assertEquals("2026-12-28T09:00+01:00", hours.next(Instant.parse("2026-12-24T18:00:00Z"), PARIS).toOffsetDateTime().toString(),
                "Christmas Eve evening: not Christmas, not the weekend");
        assertEquals("2026-11-24T09:00-05:00", hours.next(Instant.parse("2026-11-24T13:00:00Z"), MONTREAL).toOffsetDateTime().toString());
    }
}
