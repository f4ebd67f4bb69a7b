package io.relance.domain.evidence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeSavedTest {

    @Test
    void theBaselineIsEveryoneCalledUpToThePlan() {
        // 10 enrolled with 3 attempts each (30 planned), 14 made, 8 left when answers closed sequences;
        // 5 send-only and 2 kept out by the cap, at the campaign's 3 attempts each
        TimeSaved t = TimeSaved.of(List.of(new TimeSaved.Campaign(3, 10, 30, 14, 8, 5, 2)), 4);
        assertEquals(30 + 7 * 3, t.baseline());
        assertEquals(14, t.made());
        assertEquals(8, t.closedCycle());
        assertEquals(15, t.sendOnly());
        assertEquals(6, t.cap());
        assertEquals(29, t.saved());
        assertEquals(51 - 14 - 29, t.other(), "running or unanswered sequences: neither made nor saved");
        assertEquals(116, t.minutesSaved());
        assertEquals(1, t.savedHours());
        assertEquals(56, t.savedMinutesPastHours());
        assertEquals(57, t.savedPercent());
    }

    @Test
    void campaignsAddUpEachWithItsOwnPlan() {
        TimeSaved t = TimeSaved.of(List.of(new TimeSaved.Campaign(3, 2, 6, 6, 0, 10, 0),
                new TimeSaved.Campaign(5, 0, 0, 0, 0, 4, 1)), 6);
        assertEquals(6 + 30 + 25, t.baseline());
        assertEquals(30 + 20, t.sendOnly());
        assertEquals(5, t.cap());
        assertEquals(55 * 6, t.minutesSaved());
    }

    @Test
    void withoutAMeasuredDurationTheDefaultIsUsed() {
        assertEquals(TimeSaved.DEFAULT_MINUTES_PER_ATTEMPT, TimeSaved.of(List.of(), 0).minutesPerAttempt());
        assertEquals(0, TimeSaved.NONE.savedPercent(), "nothing targeted: nothing saved, no division by zero");
    }
}
