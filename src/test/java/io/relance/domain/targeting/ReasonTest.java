package io.relance.domain.targeting;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReasonTest {

    @Test
    void storedReasonsReadBackAndSeparatorsInAParameterDoNotBreakThem() {
        List<Reason> reasons = List.of(Reason.of("score.topics.match", 18, "Santé; Tech=x|y"), Reason.of("score.tier", -5, "C"),
                Reason.of("score.pressure.none", 6));
        List<Reason> back = Reason.parse(Reason.format(reasons, 1000));
        assertEquals(3, back.size());
        assertEquals(List.of("Santé  Tech x y"), back.get(0).params());
        assertEquals(-5, back.get(1).points());
        assertEquals(List.of(), back.get(2).params());
    }

    @Test
    void formatStopsBeforeTheColumnIsFullAndParseSkipsGarbage() {
        List<Reason> many = java.util.Collections.nCopies(100, Reason.of("score.topics.match", 10, "a long topic name"));
        assertEquals(true, Reason.format(many, 1000).length() <= 1000);
        assertEquals(1, Reason.parse("nonsense;score.tier=x=A;score.tier=3=B").size());
    }
}
