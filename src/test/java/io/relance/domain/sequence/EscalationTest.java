package io.relance.domain.sequence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EscalationTest {

    @Test
    void nIsBetweenOneAndOneLessThanTheMaximumOrEmpty() {
        assertTrue(Escalation.OFF.problems(9).isEmpty());
        assertTrue(new Escalation(1).problems(9).isEmpty());
        assertTrue(new Escalation(8).problems(9).isEmpty());
        assertEquals("sequence.escalation.range", new Escalation(9).problems(9).get(0).key(), "no attempt left to escalate");
        assertEquals("escalateAfter", new Escalation(0).problems(9).get(0).field());
        assertFalse(new Escalation(1).problems(1).isEmpty(), "a single attempt cannot escalate");
    }

    @Test
    void dueAfterNUnansweredAttemptsOfAnOpenSequenceOnly() {
        Escalation afterTwo = new Escalation(2);
        EnrolmentState one = EnrolmentState.scheduled().start().log(Outcome.NO_ANSWER, null, 9);
        assertFalse(afterTwo.due(one));
        EnrolmentState two = one.log(Outcome.VOICEMAIL, null, 9);
        assertTrue(afterTwo.due(two));
        assertFalse(Escalation.OFF.due(two));
        EnrolmentState later = one.log(Outcome.LATER, java.time.Instant.parse("2026-11-24T15:00:00Z"), 9).callbackDue();
        assertFalse(afterTwo.due(later), "a pick-up is not an unanswered attempt");
        assertFalse(afterTwo.due(two.log(Outcome.NO, null, 9)), "closed: nothing left to escalate");
    }
}
