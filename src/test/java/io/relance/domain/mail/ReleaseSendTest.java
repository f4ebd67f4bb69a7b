package io.relance.domain.mail;

import io.relance.domain.sequence.PlannedSlot;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReleaseSendTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Instant FRIDAY = Instant.parse("2026-11-20T15:00:00Z");

    @Test
    void aFridayLaunchForAMondaySendLeavesOnMondayAtTheSendTimeOfEachZone() {
        assertEquals(Instant.parse("2026-11-23T08:00:00Z"), ReleaseSend.dueAt(MONDAY, LocalTime.of(9, 0), PARIS, FRIDAY));
        assertEquals(Instant.parse("2026-11-23T14:00:00Z"), ReleaseSend.dueAt(MONDAY, LocalTime.of(9, 0), MONTREAL, FRIDAY));
        assertEquals(Instant.parse("2026-11-23T13:30:00Z"), ReleaseSend.dueAt(MONDAY, LocalTime.of(14, 30), PARIS, FRIDAY));
    }

    @Test
    void aSendMomentAlreadyPastLeavesNow() {
        Instant mondayNoon = Instant.parse("2026-11-23T11:00:00Z");
        assertEquals(mondayNoon, ReleaseSend.dueAt(MONDAY, LocalTime.of(9, 0), PARIS, mondayNoon), "09:00 Paris has passed");
        assertEquals(Instant.parse("2026-11-23T14:00:00Z"), ReleaseSend.dueAt(MONDAY, LocalTime.of(9, 0), MONTREAL, mondayNoon),
                "09:00 in Montréal has not");
        assertEquals(mondayNoon, ReleaseSend.dueAt(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0), PARIS, mondayNoon), "a past date");
        assertEquals(mondayNoon, ReleaseSend.dueAt(null, LocalTime.of(9, 0), PARIS, mondayNoon), "no send date: at once");
    }

    @Test
    void daylightSavingTimeKeepsTheLocalHourAndAGapMovesForward() {
        Instant winter = Instant.parse("2026-01-01T00:00:00Z");
        // the day after the spring change, 09:00 Paris is 07:00 UTC (summer time), the day before 08:00 UTC
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"), ReleaseSend.dueAt(LocalDate.of(2026, 3, 30), LocalTime.of(9, 0), PARIS, winter));
        assertEquals(Instant.parse("2026-03-27T08:00:00Z"), ReleaseSend.dueAt(LocalDate.of(2026, 3, 27), LocalTime.of(9, 0), PARIS, winter));
        // 02:30 does not exist on 29 March 2026 in Paris: 03:30 summer time
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), ReleaseSend.dueAt(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), PARIS, winter));
        // 02:30 happens twice on 25 October 2026: the first, still summer time
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), ReleaseSend.dueAt(LocalDate.of(2026, 10, 25), LocalTime.of(2, 30), PARIS, winter));
    }

    @Test
    void noCallSlotBeforeTheReleaseHasLeft() {
        Instant due = Instant.parse("2026-11-23T08:00:00Z");
        Instant from = ReleaseSend.contactFrom(due);
        assertEquals(Instant.parse("2026-11-23T08:15:00Z"), from);
        PlannedSlot early = new PlannedSlot(1, 1, Instant.parse("2026-11-23T07:00:00Z"), Instant.parse("2026-11-23T08:20:00Z"));
        PlannedSlot straddling = new PlannedSlot(1, 2, Instant.parse("2026-11-23T08:00:00Z"), Instant.parse("2026-11-23T10:00:00Z"));
        PlannedSlot later = new PlannedSlot(1, 3, Instant.parse("2026-11-23T13:00:00Z"), Instant.parse("2026-11-23T15:00:00Z"));
        assertEquals(List.of(new PlannedSlot(1, 2, from, straddling.closes()), later),
                ReleaseSend.after(List.of(early, straddling, later), from),
                "a slot that would leave five minutes is dropped, one that straddles the email starts after it");
        assertEquals(List.of(later), ReleaseSend.after(List.of(later), from));
    }
}
