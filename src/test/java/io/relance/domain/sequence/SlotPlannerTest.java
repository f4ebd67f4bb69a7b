package io.relance.domain.sequence;

import io.relance.domain.contact.ClosingDay;
import io.relance.domain.contact.Periodicity;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlotPlannerTest {

    private static final BusinessCalendar FRANCE = BusinessCalendar.of("FR");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final SlotPlanner planner = new SlotPlanner(FRANCE, SequencePlan.PRM_3X3);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private List<LocalDate> days(String send, Periodicity periodicity, ClosingDay closing) {
        return planner.days(day(send), StartRule.defaultFor(periodicity), closing, false);
    }

    @Test
    void frenchPublicHolidaysAndWeekendsAreNotBusinessDays() {
        assertTrue(FRANCE.isHoliday(day("2026-11-11")), "Armistice");
        assertTrue(FRANCE.isHoliday(day("2026-12-25")));
        assertTrue(FRANCE.isHoliday(day("2027-03-29")), "Easter Monday 2027");
        assertTrue(FRANCE.isHoliday(day("2027-05-01")));
        assertFalse(FRANCE.isBusinessDay(day("2026-11-28")), "a Saturday");
        assertTrue(FRANCE.isBusinessDay(day("2026-11-24")));
        assertFalse(BusinessCalendar.of("BE").isHoliday(day("2026-11-11")) && !BusinessCalendar.of("BE").isHoliday(day("2026-07-21")),
                "Belgium has its own calendar (21 July)");
    }

    @Test
    void threeBusinessDaysStartTheDayAfterTheSendAndSkipWeekendsAndHolidays() {
        assertEquals(List.of(day("2026-11-06"), day("2026-11-09"), day("2026-11-10")), days("2026-11-05", Periodicity.QUOTIDIEN, null),
                "Thursday's send: Friday, then Monday and Tuesday");
        assertEquals(List.of(day("2026-11-10"), day("2026-11-12"), day("2026-11-13")), days("2026-11-09", Periodicity.CONTINU, null),
                "11 November is skipped");
        assertEquals(List.of(day("2026-12-24"), day("2026-12-28"), day("2026-12-29")), days("2026-12-23", null, null),
                "Christmas and the weekend are skipped");
    }

    @Test
    void aWeeklyIsNeverCalledOnItsClosingDay() {
        ClosingDay tuesday = new ClosingDay(DayOfWeek.TUESDAY, null);
        assertEquals(List.of(day("2026-11-25"), day("2026-11-26"), day("2026-11-27")),
                days("2026-11-23", Periodicity.HEBDOMADAIRE, tuesday));
        assertEquals(List.of(day("2026-11-19"), day("2026-11-20"), day("2026-11-23")),
                days("2026-11-18", Periodicity.HEBDOMADAIRE, tuesday), "the Tuesday inside the sequence is skipped too");
    }

    @Test
    void aMonthlysThreeDaysEndBeforeItsClosingDay() {
        assertEquals(List.of(day("2026-11-25"), day("2026-11-26"), day("2026-11-27")),
                days("2026-11-24", Periodicity.MENSUEL, new ClosingDay(null, 28)));
        assertEquals(List.of(day("2026-11-27"), day("2026-11-30"), day("2026-12-01")),
                days("2026-11-24", Periodicity.MENSUEL, new ClosingDay(null, 26)),
                "too close to the 26th: the sequence starts after it, for the next issue");
        assertEquals(List.of(day("2027-02-01"), day("2027-02-02"), day("2027-02-03")),
                days("2027-01-27", Periodicity.TRIMESTRIEL, new ClosingDay(null, 31)),
                "a closing on the 31st is the month's last day: Jan 28, 29 and Feb 1 would cross it");
    }

    @Test
    void slotsAreInTheContactsZoneAndFollowTheDaylightSavingChange() {
        List<LocalDate> days = planner.days(day("2027-03-25"), StartRule.NEXT_BUSINESS_DAY, null, false);
        assertEquals(List.of(day("2027-03-26"), day("2027-03-30"), day("2027-03-31")), days, "Easter Monday skipped");
        List<PlannedSlot> slots = planner.slots(days, PARIS);
        assertEquals(9, slots.size());
        assertEquals(Instant.parse("2027-03-26T08:30:00Z"), slots.get(0).opens(), "09:30 in winter time (UTC+1)");
        assertEquals(Instant.parse("2027-03-30T07:30:00Z"), slots.get(3).opens(), "09:30 in summer time (UTC+2)");
        assertEquals(Instant.parse("2027-03-31T16:00:00Z"), slots.get(8).closes());
        assertEquals(3, slots.get(8).day());
        assertEquals(3, slots.get(8).slot());

        List<PlannedSlot> montreal = planner.slots(List.of(day("2026-11-24")), ZoneId.of("America/Montreal"));
        assertEquals(Instant.parse("2026-11-24T14:30:00Z"), montreal.get(0).opens(), "09:30 in Montréal");
    }

    @Test
    void theAnchorSmsLeavesBeforeTheFirstSlotOfItsDay() {
        List<PlannedSlot> slots = planner.slots(List.of(day("2026-11-24"), day("2026-11-25"), day("2026-11-26")), PARIS);
        assertEquals(Instant.parse("2026-11-24T08:15:00Z"), planner.smsAt(slots));
        SequencePlan noSms = new SequencePlan(3, SequencePlan.PRM_3X3.slots(), SequencePlan.PRM_3X3.minGap(), 9, 0,
                SequencePlan.PRM_3X3.smsLead(), 30);
        assertNull(new SlotPlanner(FRANCE, noSms).smsAt(slots));
    }

    @Test
    void aTemplateIsCheckedBeforeItIsSaved() {
        assertTrue(SequencePlan.PRM_3X3.problems().isEmpty());
        var bad = new SequencePlan(0, List.of(new io.relance.domain.contact.CallWindows.Window(java.time.LocalTime.of(7, 0),
                java.time.LocalTime.of(7, 30)), new io.relance.domain.contact.CallWindows.Window(java.time.LocalTime.of(8, 0),
                java.time.LocalTime.of(8, 30))), java.time.Duration.ofHours(2), 12, 4, java.time.Duration.ZERO, 400);
        List<String> keys = bad.problems().stream().map(io.relance.domain.contact.Problem::key).toList();
        assertEquals(List.of("sequence.days.range", "sequence.slots.hours", "sequence.slots.gap",
                "sequence.maxAttempts.range", "sequence.smsDay.range", "sequence.cooldown.range"), keys);
    }
}
