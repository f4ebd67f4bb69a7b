package io.relance.domain.targeting;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitTest {

    private static List<Scored> scores(int... values) {
        return java.util.stream.IntStream.range(0, values.length).mapToObj(i -> new Scored(i + 1, values[i], List.of())).toList();
    }

    @Test
    void theBestAreCalledWhileTheirAttemptsFit() {
        // 140 free attempts, 9 each: 15 can be called
        Split.Result r = Split.place(scores(10, 90, 50, 70, 30, 80, 20, 60, 40, 95, 15, 85, 35, 75, 55, 65, 45, 25),
                Set.of(), Map.of(), 9, 140);
        assertEquals(15, r.toCall());
        assertEquals(3, r.sendOnly());
        assertEquals(135, r.attemptsNeeded());
        assertFalse(r.overCapacity());
        assertEquals(CallMode.SEND_ONLY, r.modes().get(1L), "score 10");
        assertEquals(CallMode.SEND_ONLY, r.modes().get(7L), "score 20");
        assertEquals(CallMode.CALL, r.modes().get(10L), "score 95");
    }

    @Test
    void aChefsMovesArePinnedAndMayGoOverCapacity() {
        List<Scored> s = scores(90, 80, 10, 70);
        Split.Result r = Split.place(s, Set.of(), Map.of(3L, CallMode.CALL, 1L, CallMode.SEND_ONLY), 9, 18);
        assertEquals(CallMode.CALL, r.modes().get(3L), "moved to call: called, whatever its score");
        assertEquals(CallMode.SEND_ONLY, r.modes().get(1L), "moved to send-only: stays, whatever its score");
        assertEquals(CallMode.CALL, r.modes().get(2L), "the place freed goes to the next best");
        assertEquals(CallMode.CALL, r.modes().get(4L), "nobody proposed is dropped to make room for a move");
        assertEquals(27, r.attemptsNeeded());
        assertTrue(r.overCapacity());
        Split.Result over = Split.place(s, Set.of(), Map.of(1L, CallMode.CALL, 2L, CallMode.CALL, 3L, CallMode.CALL), 9, 18);
        assertEquals(36, over.attemptsNeeded(), "three moved in, and the best unmoved still proposed");
        assertTrue(over.overCapacity(), "the chef sees the warning");
    }

    @Test
    void excludedAreLeftOutAndNoCapacityMeansAllSendOnly() {
        Split.Result r = Split.place(scores(90, 80), Set.of(1L), Map.of(), 9, 0);
        assertEquals(Map.of(2L, CallMode.SEND_ONLY), r.modes());
        assertEquals(0, r.toCall());
    }

    @Test
    void capacityIsCallersTimesTheirDayTimesDaysLessWhatIsHeld() {
        CallCapacity c = new CallCapacity(2, 40, 3, 100);
        assertEquals(240, c.total());
        assertEquals(140, c.free());
        assertEquals(0, new CallCapacity(1, 10, 1, 50).free());
    }
}
