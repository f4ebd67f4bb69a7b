package io.relance.domain.sequence;

import io.relance.domain.contact.CallWindows;
import io.relance.domain.contact.CallWindows.Window;
import io.relance.domain.contact.ClosingDay;
import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodicityTimingTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final PeriodicityTiming DEFAULTS = PeriodicityTiming.defaults();
    private final SlotPlanner preset = new SlotPlanner(BusinessCalendar.of("FR"), SequencePlan.PRM_3X3);

    private SlotPlanner planner(Medium medium, String windows) {
        return preset.forContact(DEFAULTS, new ContactHours(medium, CallWindows.parse(windows).windows()));
    }

    private static String slots(SlotPlanner p) {
        return new CallWindows(p.daySlots()).toString();
    }

    private static List<LocalDate> dates(String... iso) {
        return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
    }

    @Test
    void aDailyIsCalledFirstBeforeItsEditorialMeetingThenAfterLunch() {
        assertEquals("09:30-11:00,14:00-15:30,16:30-18:00", slots(planner(Medium.QUOTIDIEN, null)),
                "the morning slot ends at 11:00; three attempts a day still fit");
        assertEquals(dates("2026-11-24", "2026-11-25", "2026-11-26"),
                planner(Medium.QUOTIDIEN, null).days(LocalDate.parse("2026-11-23"), StartRule.NEXT_BUSINESS_DAY, null, false));
    }

    @Test
    void aWeeklyClosingOnThursdayIsNotCalledOnThursdayNorTheDayBefore() {
        ClosingDay thursday = new ClosingDay(DayOfWeek.THURSDAY, null);
        SlotPlanner weekly = planner(Medium.HEBDOMADAIRE, null);
        assertEquals(dates("2026-11-24", "2026-11-27", "2026-11-30"),
                weekly.days(LocalDate.parse("2026-11-23"), StartRule.AVOID_CLOSING_DAY, thursday, false));
        SlotPlanner twoDays = preset.forContact(DEFAULTS.with(Medium.HEBDOMADAIRE,
                new PeriodicityTiming.Hours(List.of(new Window(LocalTime.of(9, 0), LocalTime.of(18, 30))), 2)),
                new ContactHours(Medium.HEBDOMADAIRE, null));
        assertEquals(dates("2026-11-27", "2026-11-30", "2026-12-04"),
                twoDays.days(LocalDate.parse("2026-11-23"), StartRule.AVOID_CLOSING_DAY, thursday, false),
                "a lead of two business days: neither Tuesday nor Wednesday");
        assertEquals("09:30-11:30,14:00-15:30,16:30-18:00", slots(weekly), "working hours: the template's slots as they are");
    }

    @Test
    void aMonthlyClosingOnThe20thIsCalledTwoWeeksBeforeElseRightAfterItsClosing() {
        ClosingDay twentieth = new ClosingDay(null, 20);
        SlotPlanner monthly = planner(Medium.MENSUEL, null);
        assertEquals(dates("2026-11-03", "2026-11-04", "2026-11-05"),
                monthly.days(LocalDate.parse("2026-11-02"), StartRule.END_BEFORE_CLOSING, twentieth, false));
        assertEquals(dates("2026-11-23", "2026-11-24", "2026-11-25"),
                monthly.days(LocalDate.parse("2026-11-10"), StartRule.END_BEFORE_CLOSING, twentieth, false),
                "the 12th–16th are less than 14 days before the 20th: after the closing (Friday 20) instead");
    }

    @Test
    void aRadioIsCalledOutsideItsMorningShowAndItsNewsBulletins() {
        assertEquals("09:30-11:30,14:00-15:30,16:30-17:30", slots(planner(Medium.RADIO, null)));
        assertEquals("09:30-11:30,14:30-15:30,16:30-18:00", slots(planner(Medium.TV, null)));
        assertEquals(Medium.RADIO, Medium.of(OutletType.RADIO, Periodicity.QUOTIDIEN), "the programmes decide, not the periodicity");
        assertEquals(Medium.CONTINU, Medium.of(OutletType.WEB, null));
        assertEquals(null, Medium.of(null, null));
    }

    @Test
    void theSlotsKeepTheirLocalTimesAcrossTheDstChange() {
        SlotPlanner daily = planner(Medium.QUOTIDIEN, null);
        List<PlannedSlot> slots = daily.slots(dates("2027-03-26", "2027-03-29"), PARIS);
        assertEquals(Instant.parse("2027-03-26T08:30:00Z"), slots.get(0).opens(), "09:30 in winter time");
        assertEquals(Instant.parse("2027-03-26T10:00:00Z"), slots.get(0).closes(), "11:00 in winter time");
        assertEquals(Instant.parse("2027-03-29T07:30:00Z"), slots.get(3).opens(), "09:30 in summer time");
    }

    @Test
    void theContactsWindowsNarrowTheSlotsAndWinWhenTheyShareNothingWithTheMediumsHours() {
        assertEquals("10:00-11:00,14:00-15:30", slots(planner(Medium.QUOTIDIEN, "10h-16h")),
                "within 10:00–11:00 and 14:00–16:00: the third slot finds no room, two attempts that day");
        assertEquals("12:00-13:00", slots(planner(Medium.QUOTIDIEN, "12h-13h")),
                "nothing in common with a daily's hours: the journalist's own hours win");
        assertEquals("09:30-11:00", slots(planner(null, "8h-11h")),
                "working hours from 09:00 within 08:00–11:00: the two-hour gap leaves room for one attempt a day");
        assertEquals("12:00-14:00,14:00-15:30,16:30-18:00", slots(planner(null, "12h-18h")),
                "the morning slot moves to the first hour the journalist gave, the others keep their times");
    }

    @Test
    void storedValuesOfAnyVersionAreReadAndTheDefaultsFillTheRest() {
        PeriodicityTiming changed = DEFAULTS.with(Medium.RADIO,
                new PeriodicityTiming.Hours(List.of(new Window(LocalTime.of(10, 0), LocalTime.of(12, 0))), 0));
        assertEquals(changed, PeriodicityTiming.parse(changed.format()));
        assertEquals(DEFAULTS, PeriodicityTiming.parse(null));
        assertEquals(DEFAULTS, PeriodicityTiming.parse("QUOTIDIEN=NEXT_BUSINESS_DAY;PODCAST=09:00-10:00/0;MENSUEL=9h-/x;;="));
        assertEquals(3, PeriodicityTiming.parse("HEBDOMADAIRE=09:00-18:00/3").of(Medium.HEBDOMADAIRE).lead());
        assertEquals(DEFAULTS.of(Medium.QUOTIDIEN), PeriodicityTiming.parse("WORKING=08:00-19:00").of(Medium.QUOTIDIEN));
    }

    @Test
    void hoursOutside7To21AndLeadsOutOfBoundsAreRefused() {
        assertTrue(DEFAULTS.problems().isEmpty(), DEFAULTS.problems().toString());
        PeriodicityTiming bad = DEFAULTS.with(Medium.TV, new PeriodicityTiming.Hours(
                        List.of(new Window(LocalTime.of(6, 0), LocalTime.of(9, 0))), 0))
                .with(Medium.HEBDOMADAIRE, new PeriodicityTiming.Hours(DEFAULTS.working(), 5))
                .with(Medium.MENSUEL, new PeriodicityTiming.Hours(DEFAULTS.working(), -1));
        assertEquals(List.of("TV:timing.hours.bounds", "HEBDOMADAIRE:timing.lead.range", "MENSUEL:timing.lead.range"),
                bad.problems().stream().map(p -> p.field() + ":" + p.key()).sorted(java.util.Comparator
                        .comparing((String k) -> List.of("TV", "HEBDOMADAIRE", "MENSUEL").indexOf(k.split(":")[0]))).toList());
    }
}
