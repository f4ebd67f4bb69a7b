package io.relance.domain.evidence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceTest {

    @Test
    void bandsHaveTheirBounds() {
        assertEquals(ScoreBand.UNSCORED, ScoreBand.of(null));
        assertEquals(ScoreBand.LOW, ScoreBand.of(0));
        assertEquals(ScoreBand.LOW, ScoreBand.of(39));
        assertEquals(ScoreBand.MIDDLE, ScoreBand.of(40));
        assertEquals(ScoreBand.MIDDLE, ScoreBand.of(69));
        assertEquals(ScoreBand.HIGH, ScoreBand.of(70));
        assertEquals(ScoreBand.HIGH, ScoreBand.of(100));
        assertEquals(ScoreBand.HIGH, ScoreBand.of(120), "clamped, not refused");
        assertEquals(ScoreBand.LOW, ScoreBand.of(-3));
    }

    @Test
    void fewerThanTenInAGroupIsNotEnoughToConclude() {
        Comparison c = Comparison.of(Rate.of(9, 9), Rate.of(0, 30));
        assertEquals(Verdict.TOO_FEW, c.verdict(), "9 out of 9 against 0 out of 30, yet only nine people");
        assertFalse(c.verdict().concludes());
        assertEquals(Verdict.TOO_FEW, Comparison.of(Rate.of(5, 30), Rate.of(0, 0)).verdict());
    }

    @Test
    void overlappingIntervalsAreNotEnoughToConclude() {
        // 8/20 [0.219, 0.613] and 3/20 [0.052, 0.360] overlap although 40 % is well above 15 %
        assertEquals(Verdict.OVERLAP, Comparison.of(Rate.of(8, 20), Rate.of(3, 20)).verdict());
    }

    @Test
    void separateIntervalsConcludeEitherWay() {
        // 12/16 [0.505, 0.898] against 3/20 [0.052, 0.360]
        Comparison called = Comparison.of(Rate.of(12, 16), Rate.of(3, 20));
        assertEquals(Verdict.CALLED_BETTER, called.verdict());
        assertEquals(60, called.points());
        assertEquals(Verdict.SEND_ONLY_BETTER, Comparison.of(Rate.of(3, 20), Rate.of(12, 16)).verdict());
    }

    @Test
    void groupsFoldIntoBandsAndATotal() {
        Evidence e = Evidence.of(List.of(
                new Evidence.Group(true, 80, 6, 3, 4),
                new Evidence.Group(true, 75, 4, 2, 2),
                new Evidence.Group(false, 72, 10, 1, 0),
                new Evidence.Group(true, null, 12, 2, 6),
                new Evidence.Group(false, 20, 3, 0, 1)));
        assertNull(e.total().band());
        assertEquals(Rate.of(7, 22), e.total().coverage().called());
        assertEquals(Rate.of(12, 22), e.total().answers().called());
        assertEquals(Rate.of(1, 13), e.total().coverage().sendOnly());
        assertEquals(List.of(ScoreBand.HIGH, ScoreBand.LOW, ScoreBand.UNSCORED), e.bands().stream().map(Evidence.Line::band).toList(),
                "highest first, no empty band, unscored last");
        Evidence.Line high = e.bands().get(0);
        assertEquals(Rate.of(5, 10), high.coverage().called(), "80 and 75 are one band");
        assertEquals(Rate.of(1, 10), high.coverage().sendOnly());
        assertEquals(Verdict.OVERLAP, high.coverage().verdict());
        assertEquals(Verdict.TOO_FEW, e.bands().get(1).coverage().verdict(), "nobody called in the low band");
        assertEquals(0, e.bands().get(2).coverage().sendOnly().n(), "older campaigns: everyone was called");
        assertFalse(e.isEmpty());
        assertTrue(Evidence.of(List.of()).isEmpty());
    }
}
