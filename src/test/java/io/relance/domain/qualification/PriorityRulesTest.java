package io.relance.domain.qualification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriorityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static Qualification q(List<String> objectives, LocalDate deadline, Horizon horizon, DecisionMaker who, int feeling) {
        return new Qualification(objectives, null, deadline, horizon, null, null, who, feeling);
    }

    private static List<String> keys(PriorityRules.Verdict v) {
        return v.reasons().stream().map(PriorityRules.Reason::key).toList();
    }

    @Test
    void noObjectiveOrNoDeadlineIsLowAndSaysWhy() {
        PriorityRules.Verdict v = PriorityRules.DEFAULT.judge(q(List.of(), null, Horizon.NONE, DecisionMaker.YES, 5), TODAY);
        assertEquals(Priority.LOW, v.priority());
        assertEquals(List.of("qualification.reason.noObjective", "qualification.reason.noDeadline"), keys(v));
        assertEquals(Priority.NextAction.SEND_STANDARD_QUOTE, v.priority().next());
    }

    @Test
    void aCloseDeadlineADecisionMakerAndAWarmFeelingIsHigh() {
        PriorityRules.Verdict v = PriorityRules.DEFAULT.judge(q(List.of("Notoriété"), TODAY.plusWeeks(3), null, DecisionMaker.YES, 4), TODAY);
        assertEquals(Priority.HIGH, v.priority());
        assertEquals(Priority.NextAction.BOOK_MEETING, v.priority().next());
    }

    @Test
    void anythingMissingForHighIsMediumWithEachReason() {
        PriorityRules.Verdict v = PriorityRules.DEFAULT.judge(q(List.of("Leads"), null, Horizon.OVER_THREE_MONTHS, DecisionMaker.UNKNOWN, 3), TODAY);
        assertEquals(Priority.MEDIUM, v.priority());
        assertEquals(List.of("qualification.reason.deadlineFar", "qualification.reason.notDecisionMaker", "qualification.reason.feeling"), keys(v));
        assertEquals("3/4", v.reasons().get(2).value());
        assertEquals(Priority.NextAction.SEND_SHORT_PROPOSAL, v.priority().next());
    }

    @Test
    void theDirecteursRulesChangeTheVerdict() {
        Qualification noDeadline = q(List.of("Leads"), null, Horizon.NONE, DecisionMaker.NO, 5);
        PriorityRules lenient = new PriorityRules(true, false, Horizon.OVER_THREE_MONTHS, false, 3, false);
        assertEquals(Priority.LOW, PriorityRules.DEFAULT.judge(noDeadline, TODAY).priority());
        assertEquals(Priority.MEDIUM, lenient.judge(noDeadline, TODAY).priority(), "no deadline is no longer low, but not close enough");
        Qualification later = q(List.of("Leads"), TODAY.plusMonths(5), null, DecisionMaker.NO, 3);
        assertEquals(Priority.HIGH, lenient.judge(later, TODAY).priority());
        PriorityRules strict = new PriorityRules(true, true, Horizon.UNDER_ONE_MONTH, true, 4, true);
        PriorityRules.Verdict v = strict.judge(q(List.of("Leads"), TODAY.plusWeeks(6), null, DecisionMaker.YES, 5), TODAY);
        assertEquals(List.of("qualification.reason.deadlineFar", "qualification.reason.noBudget"), keys(v));
    }

    @Test
    void aDateBecomesAHorizonFromToday() {
        assertEquals(Horizon.UNDER_ONE_MONTH, Horizon.of(TODAY.minusDays(2), TODAY), "a date already past is urgent");
        assertEquals(Horizon.UNDER_ONE_MONTH, Horizon.of(TODAY.plusDays(20), TODAY));
        assertEquals(Horizon.ONE_TO_THREE_MONTHS, Horizon.of(TODAY.plusMonths(2), TODAY));
        assertEquals(Horizon.OVER_THREE_MONTHS, Horizon.of(TODAY.plusMonths(4), TODAY));
        assertEquals(Horizon.NONE, Horizon.of(null, TODAY));
    }

    @Test
    void rulesAreChecked() {
        assertTrue(PriorityRules.DEFAULT.problems().isEmpty());
        assertEquals(List.of("qualification.rules.highWithin", "qualification.rules.feeling"),
                new PriorityRules(true, true, Horizon.NONE, true, 7, false).problems());
    }
}
