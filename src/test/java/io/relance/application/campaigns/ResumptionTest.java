package io.relance.application.campaigns;

import io.relance.domain.contact.CallWindows;
import io.relance.domain.sequence.ContactHours;
import io.relance.domain.sequence.Medium;
import io.relance.domain.sequence.PeriodicityTiming;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.campaign.Client;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.sequence.AgencyPolicy;
import io.relance.domain.sequence.BusinessCalendar;
import io.relance.domain.sequence.PlannedSlot;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.sequence.SlotPlanner;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resumed sequence's remaining attempts, placed by the launch's rules from the next allowed slot. */
class ResumptionTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final SlotPlanner planner = new SlotPlanner(BusinessCalendar.of("FR"), SequencePlan.PRM_3X3);
    private final Campaign campaign = new Campaign(new Client("Marque", Instant.EPOCH), CampaignKind.PRESS_RELEASE, "Soirée",
            LocalDate.of(2026, 11, 2), "chef@x.fr", Instant.EPOCH);
    private final Target weekly = new Target(1, "Zoé Alpha", "Hebdo", Periodicity.HEBDOMADAIRE, null, null, false, null,
            "Europe/Paris", null, null, null);

    @Test
    void resumedInAnOpenSlotItStartsNowAndEveryRemainingAttemptFits() {
        Instant friday11 = Instant.parse("2026-11-27T10:00:00Z");
        List<PlannedSlot> slots = Resumption.slots(campaign, weekly, planner, AgencyPolicy.defaults(), PARIS, friday11, 9);
        assertEquals(9, slots.size(), "all nine, over more days when the first is cut short: " + slots);
        assertEquals(friday11, slots.get(0).opens(), "the morning slot still open starts now");
        for (PlannedSlot s : slots) {
            DayOfWeek d = s.opens().atZone(PARIS).getDayOfWeek();
            assertFalse(d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY, "business days only: " + s);
            assertFalse(s.opens().isBefore(friday11));
        }
        for (int i = 1; i < slots.size(); i++) {
            assertTrue(slots.get(i).opens().isAfter(slots.get(i - 1).opens()), "in order");
            assertTrue(slots.get(i).day() >= slots.get(i - 1).day(), "days numbered on");
        }
    }

    @Test
    void resumedAfterTheDaysLastSlotItStartsOnTheNextBusinessDayWithOnlyTheRemainingAttempts() {
        Instant fridayEvening = Instant.parse("2026-11-27T18:00:00Z");
        List<PlannedSlot> slots = Resumption.slots(campaign, weekly, planner, AgencyPolicy.defaults(), PARIS, fridayEvening, 4);
        assertEquals(4, slots.size());
        assertEquals(LocalDate.of(2026, 11, 30), slots.get(0).opens().atZone(PARIS).toLocalDate(), "Monday");
        assertEquals(Instant.parse("2026-11-30T08:30:00Z"), slots.get(0).opens(), "its first slot, 09:30 in Paris");
    }

    @Test
    void aResumedDailyIsPlannedAgainInADailysHoursAndTheJournalistsOwn() {
        Target daily = new Target(2, "Paul Matin", "Le Matin", Periodicity.QUOTIDIEN, null, null, false, null,
                "Europe/Paris", null, null, null);
        SlotPlanner timed = planner.forContact(PeriodicityTiming.defaults(), new ContactHours(Medium.QUOTIDIEN, null));
        List<PlannedSlot> slots = Resumption.slots(campaign, daily, timed, AgencyPolicy.defaults(), PARIS,
                Instant.parse("2026-11-27T18:00:00Z"), 3);
        assertEquals(Instant.parse("2026-11-30T08:30:00Z"), slots.get(0).opens(), "Monday 09:30 in Paris");
        assertEquals(Instant.parse("2026-11-30T10:00:00Z"), slots.get(0).closes(), "ends at 11:00, before the editorial meeting");
        SlotPlanner ownHours = planner.forContact(PeriodicityTiming.defaults(),
                new ContactHours(Medium.QUOTIDIEN, CallWindows.parse("10h-11h").windows()));
        slots = Resumption.slots(campaign, daily, ownHours, AgencyPolicy.defaults(), PARIS, Instant.parse("2026-11-27T18:00:00Z"), 3);
        assertEquals(List.of(Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-12-01T09:00:00Z"),
                Instant.parse("2026-12-02T09:00:00Z")), slots.stream().map(PlannedSlot::opens).toList(),
                "one call a day at 10:00, the journalist's hours: the remaining attempts go on over the next days");
    }

    @Test
    void aPublicHolidayIsSkipped() {
        Instant beforeChristmas = Instant.parse("2026-12-24T18:00:00Z");
        List<PlannedSlot> slots = Resumption.slots(campaign, weekly, planner, AgencyPolicy.defaults(), PARIS, beforeChristmas, 3);
        assertEquals(LocalDate.of(2026, 12, 28), slots.get(0).opens().atZone(PARIS).toLocalDate(),
                "not Christmas (Friday 25), nor the weekend");
    }
}
