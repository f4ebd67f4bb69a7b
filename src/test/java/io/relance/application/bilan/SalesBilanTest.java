package io.relance.application.bilan;

import io.relance.application.bilan.SalesBilan.Prospects;
import io.relance.domain.qualification.MeetingStatus;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.ProspectOutcome;
import io.relance.domain.sales.SalesKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sales bilan's arithmetic: priorities, overrides, meetings avoided and the time they save, outcomes. */
class SalesBilanTest {

    /**
     * 3 high (2 with a meeting, 1 overridden up from medium), 4 medium (1 with a meeting), 5 low
     * (1 with a meeting the directeur allowed, 2 overridden down): avoided = 3 medium + 4 low = 7.
     */
    private static final List<Prospects> PROSPECTS = List.of(
            new Prospects(Priority.HIGH, false, ProspectOutcome.WON, true, 1),
            new Prospects(Priority.HIGH, true, null, true, 1),
            new Prospects(Priority.HIGH, false, ProspectOutcome.LOST, false, 1),
            new Prospects(Priority.MEDIUM, false, ProspectOutcome.WON, true, 1),
            new Prospects(Priority.MEDIUM, false, null, false, 3),
            new Prospects(Priority.LOW, false, ProspectOutcome.NO_ANSWER, true, 1),
            new Prospects(Priority.LOW, true, ProspectOutcome.NO_ANSWER, false, 2),
            new Prospects(Priority.LOW, false, null, false, 2));

    private static SalesBilan of(Integer minutes) {
        return SalesBilan.of(PROSPECTS, Map.of(SalesKind.QUOTE, 6L, SalesKind.PROPOSAL, 3L),
                Map.of(MeetingStatus.BOOKED, 2L, MeetingStatus.HELD, 2L, MeetingStatus.CANCELLED, 5L), minutes);
    }

    @Test
    void prioritiesAndOverridesAreCountedPerProspect() {
        SalesBilan s = of(null);
        assertEquals(12, s.qualified());
        assertEquals(3, s.high());
        assertEquals(4, s.medium());
        assertEquals(5, s.low());
        assertEquals(3, s.overridden(), "one raised to high, two lowered to low");
    }

    @Test
    void aMeetingAvoidedIsALowOrMediumProspectWithoutAMeeting() {
        SalesBilan s = of(null);
        assertEquals(7, s.meetingsAvoided(), "3 medium and 4 low without a meeting; a high one without a meeting is not avoided");
    }

    @Test
    void theTimeSavedUsesTheAgencysMeetingDuration() {
        SalesBilan s = of(90);
        assertEquals(90, s.meetingMinutes());
        assertEquals(7 * 90, s.minutesSaved());
        assertEquals(10, s.savedHours());
        assertEquals(30, s.savedMinutesPastHours());
    }

    @Test
    void withoutASettingAMeetingTakesTwoHoursAndAHalf() {
        SalesBilan s = of(null);
        assertEquals(SalesBilan.DEFAULT_MEETING_MINUTES, s.meetingMinutes());
        assertEquals(150, s.meetingMinutes());
        assertEquals(7 * 150, s.minutesSaved());
        assertEquals(17, s.savedHours());
        assertEquals(30, s.savedMinutesPastHours());
        assertEquals(150, of(0).meetingMinutes(), "zero is no duration: the default stands");
    }

    @Test
    void sentEmailsMeetingsAndOutcomes() {
        SalesBilan s = of(null);
        assertEquals(6, s.quotesSent());
        assertEquals(3, s.proposalsSent());
        assertEquals(4, s.meetingsBooked(), "booked and held, not the cancelled ones");
        assertEquals(2, s.meetingsHeld());
        assertEquals(5, s.meetingsCancelled());
        assertEquals(2, s.won());
        assertEquals(1, s.lost());
        assertEquals(3, s.noAnswer());
        assertEquals(6, s.notRecorded());
        assertEquals(s.qualified(), s.won() + s.lost() + s.noAnswer() + s.notRecorded());
    }

    @Test
    void nobodyQualifiedYet() {
        SalesBilan s = SalesBilan.of(List.of(), Map.of(), Map.of(), null);
        assertEquals(0, s.qualified());
        assertEquals(0, s.meetingsAvoided());
        assertEquals(0, s.minutesSaved());
        assertEquals(0, s.meetingsBooked());
    }
}
