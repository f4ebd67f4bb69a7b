package io.relance.domain.targeting;

import io.relance.domain.contact.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoreWeightsTest {

    @Test
    void formatAndParseRoundTrip() {
        ScoreWeights w = ScoreWeights.defaults().with(Factor.TOPICS, 9).withCallsPerDay(25).withMinutesPerAttempt(6);
        assertEquals(w, ScoreWeights.parse(w.format()));
    }

    @Test
    void anAgencysAttemptLengthIsItsOwnAndAnOlderStoredValueKeepsTheDefault() {
        assertEquals(4, ScoreWeights.parse("TOPICS=5;CALLS_PER_DAY=40").minutesPerAttempt(), "saved before the setting existed");
        assertEquals(7, ScoreWeights.parse("MINUTES_PER_ATTEMPT=7").minutesPerAttempt());
        assertEquals(4, ScoreWeights.parse("MINUTES_PER_ATTEMPT=0").minutesPerAttempt(), "out of range: the default stands");
        assertEquals(List.of(new Problem("minutesPerAttempt", "weights.minutesPerAttempt.range", "61")),
                ScoreWeights.defaults().withMinutesPerAttempt(61).problems());
    }

    @Test
    void parseIsTolerant() {
        ScoreWeights w = ScoreWeights.parse("TOPICS=7;UNKNOWN=3;TIER=abc;HISTORY=99;CALLS_PER_DAY=0;;LANGUAGE=0");
        assertEquals(7, w.of(Factor.TOPICS));
        assertEquals(Factor.TIER.defaultWeight(), w.of(Factor.TIER));
        assertEquals(Factor.HISTORY.defaultWeight(), w.of(Factor.HISTORY), "out of range: the default stands");
        assertEquals(ScoreWeights.DEFAULT_CALLS_PER_DAY, w.callsPerCallerPerDay());
        assertEquals(0, w.of(Factor.LANGUAGE));
        assertEquals(ScoreWeights.defaults(), ScoreWeights.parse(null));
    }

    @Test
    void problemsSayWhatIsWrong() {
        assertEquals(List.of(new Problem("TIER", "weights.range", "11")), ScoreWeights.defaults().with(Factor.TIER, 11).problems());
        ScoreWeights zero = ScoreWeights.defaults();
        for (Factor f : Factor.values()) {
            zero = zero.with(f, 0);
        }
        assertEquals(List.of(new Problem("weights", "weights.allZero"), new Problem("callsPerDay", "weights.callsPerDay.range", "0")),
                zero.withCallsPerDay(0).problems());
        assertEquals(List.of(), ScoreWeights.defaults().problems());
    }
}
