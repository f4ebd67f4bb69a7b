package io.relance.domain.sequence;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrolmentStateTest {

    private static final Instant LATER = Instant.parse("2026-11-25T15:00:00Z");

    private static EnrolmentState active() {
        return EnrolmentState.scheduled().start();
    }

    @Test
    void nineUnansweredAttemptsCloseAsNonPrioritaire() {
        EnrolmentState s = active();
        for (int i = 0; i < 8; i++) {
            s = s.log(i % 2 == 0 ? Outcome.NO_ANSWER : Outcome.VOICEMAIL, null, 9);
            assertEquals(EnrolmentStatus.ACTIVE, s.status());
        }
        s = s.log(Outcome.NO_ANSWER, null, 9);
        assertEquals(EnrolmentStatus.CLOSED_NON_PRIORITAIRE, s.status());
        assertEquals(9, s.attempts());
        assertEquals(0, s.pickUps());
        assertTrue(s.startsCooldown());
        assertThrows(IllegalStateException.class, () -> active().log(Outcome.YES, null, 1).log(Outcome.NO, null, 9));
    }

    @Test
    void everyExplicitAnswerClosesAtOnce() {
        for (Outcome answer : new Outcome[]{Outcome.YES, Outcome.NO, Outcome.REGISTERED, Outcome.DECISION, Outcome.OPT_OUT}) {
            EnrolmentState s = active().log(Outcome.NO_ANSWER, null, 9).log(answer, null, 9);
            assertFalse(s.status().isOpen(), answer.name());
            assertEquals(2, s.attempts());
            assertEquals(1, s.pickUps());
            assertFalse(s.startsCooldown());
        }
        assertEquals(EnrolmentStatus.CLOSED_OPTED_OUT, active().log(Outcome.OPT_OUT, null, 9).status());
        EnrolmentState wrong = active().log(Outcome.WRONG_NUMBER, null, 9);
        assertEquals(EnrolmentStatus.CLOSED_WRONG_NUMBER, wrong.status());
        assertEquals(0, wrong.pickUps(), "a wrong number is not a pick-up");
    }

    @Test
    void laterBooksACallbackThatComesBackAsAnActiveCall() {
        EnrolmentState s = active().log(Outcome.LATER, LATER, 9);
        assertEquals(EnrolmentStatus.CALLBACK, s.status());
        assertEquals(LATER, s.callbackAt());
        assertEquals(1, s.pickUps());
        assertThrows(IllegalArgumentException.class, () -> active().log(Outcome.LATER, null, 9));

        EnrolmentState due = s.callbackDue();
        assertEquals(EnrolmentStatus.ACTIVE, due.status());
        assertEquals(EnrolmentStatus.CLOSED_YES, due.log(Outcome.YES, null, 9).status());
    }

    @Test
    void theEndOfTheDaysClosesUnlessACallbackIsBooked() {
        EnrolmentState ended = active().slotMissed().log(Outcome.NO_ANSWER, null, 9).sequenceEnds();
        assertEquals(EnrolmentStatus.CLOSED_NON_PRIORITAIRE, ended.status());
        assertEquals(1, ended.attempts(), "a missed slot is not an attempt");
        assertEquals(1, ended.missed());

        EnrolmentState waiting = active().log(Outcome.LATER, LATER, 9).sequenceEnds();
        assertEquals(EnrolmentStatus.CALLBACK, waiting.status(), "the booked callback still happens");
        EnrolmentState afterCallback = waiting.callbackDue().log(Outcome.NO_ANSWER, null, 9);
        assertEquals(EnrolmentStatus.CLOSED_NON_PRIORITAIRE, afterCallback.status(), "no more slots after the days are over");
    }

    @Test
    void missedSlotsAndCancellationLeaveClosedEnrolmentsAlone() {
        EnrolmentState closed = active().log(Outcome.YES, null, 9);
        assertEquals(closed, closed.slotMissed());
        assertEquals(closed, closed.cancel().callbackDue().callbackMissed());
        EnrolmentState over = closed.sequenceEnds();
        assertEquals(EnrolmentStatus.CLOSED_YES, over.status(), "the end of the days changes no closed status");
        assertEquals(new EnrolmentState(EnrolmentStatus.CLOSED_YES, 1, 1, 0, null, true), over, "only its days are marked over, as the engine does");
        assertEquals(EnrolmentStatus.CLOSED_CANCELLED, active().cancel().status());
    }

    @Test
    void aSlotMissedWhileACallbackIsBookedIsNotCounted() {
        EnrolmentState waiting = active().log(Outcome.LATER, LATER, 9);
        assertEquals(waiting, waiting.slotMissed(), "the engine counts misses of scheduled and active sequences only");
        assertEquals(1, waiting.callbackDue().slotMissed().missed());
        assertEquals(1, EnrolmentState.scheduled().slotMissed().missed());
    }

    @Test
    void aCallbackMissedAfterTheDaysClosesTheSequence() {
        EnrolmentState waiting = active().log(Outcome.LATER, LATER, 9);
        assertEquals(waiting, waiting.callbackMissed(), "before the end of the days, the slots still to come go on");
        EnrolmentState missed = waiting.sequenceEnds().callbackMissed();
        assertEquals(EnrolmentStatus.CLOSED_NON_PRIORITAIRE, missed.status());
        assertEquals(0, missed.missed(), "a callback is not a slot: not counted as missed");
        assertTrue(missed.startsCooldown());
        EnrolmentState dueThenMissed = waiting.sequenceEnds().callbackDue().callbackMissed();
        assertEquals(EnrolmentStatus.CLOSED_NON_PRIORITAIRE, dueThenMissed.status());
    }

    @Test
    void aPausedSequenceIsCancelledLikeARunningOne() {
        EnrolmentState cancelled = active().log(Outcome.LATER, LATER, 9).pause().cancel();
        assertEquals(EnrolmentStatus.CLOSED_CANCELLED, cancelled.status());
        assertEquals(null, cancelled.callbackAt());
        assertEquals(null, active().log(Outcome.LATER, LATER, 9).cancel().callbackAt(), "the booked callback is forgotten");
    }
}
