package io.relance.domain.campaign;

import io.relance.domain.sequence.EnrolmentState;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pause, resume and stop: who may do what in which state, with which reason (issue 15 §2). */
class HaltTest {

    @Test
    void aReasonIsRequiredAndAtMost160Characters() {
        assertEquals("halt.reason.required", Halt.reasonProblems(null).get(0).key());
        assertEquals("halt.reason.required", Halt.reasonProblems("   ").get(0).key());
        assertEquals("halt.reason.tooLong", Halt.reasonProblems("x".repeat(161)).get(0).key());
        assertTrue(Halt.reasonProblems("  " + "x".repeat(160) + "  ").isEmpty(), "spaces around do not count");
    }

    @Test
    void aCampaignPausesWhenRunningResumesWhenPausedStopsWhenEither() {
        assertNull(Halt.PAUSE.refusal(CampaignStatus.RUNNING));
        assertEquals("halt.campaign.alreadyPaused", Halt.PAUSE.refusal(CampaignStatus.PAUSED));
        assertEquals("halt.campaign.draft", Halt.PAUSE.refusal(CampaignStatus.DRAFT));
        assertNull(Halt.RESUME.refusal(CampaignStatus.PAUSED));
        assertEquals("halt.campaign.notPaused", Halt.RESUME.refusal(CampaignStatus.RUNNING));
        assertNull(Halt.STOP.refusal(CampaignStatus.RUNNING));
        assertNull(Halt.STOP.refusal(CampaignStatus.PAUSED));
        assertEquals("halt.campaign.over", Halt.STOP.refusal(CampaignStatus.STOPPED));
        assertEquals("halt.campaign.over", Halt.RESUME.refusal(CampaignStatus.DONE));
    }

    @Test
    void oneSequenceOfARunningCampaign() {
        assertNull(Halt.PAUSE.refusal(CampaignStatus.RUNNING, EnrolmentStatus.CALLBACK));
        assertEquals("halt.enrolment.alreadyPaused", Halt.PAUSE.refusal(CampaignStatus.RUNNING, EnrolmentStatus.PAUSED));
        assertEquals("halt.enrolment.closed", Halt.PAUSE.refusal(CampaignStatus.RUNNING, EnrolmentStatus.CLOSED_YES));
        assertEquals("halt.enrolment.notPaused", Halt.RESUME.refusal(CampaignStatus.RUNNING, EnrolmentStatus.ACTIVE));
        assertNull(Halt.STOP.refusal(CampaignStatus.RUNNING, EnrolmentStatus.PAUSED));
        assertEquals("halt.enrolment.closed", Halt.STOP.refusal(CampaignStatus.RUNNING, EnrolmentStatus.CLOSED_STOPPED));
        // a paused campaign resumes as a whole; one of its sequences may still be stopped
        assertEquals("halt.enrolment.campaignPaused", Halt.RESUME.refusal(CampaignStatus.PAUSED, EnrolmentStatus.PAUSED));
        assertNull(Halt.STOP.refusal(CampaignStatus.PAUSED, EnrolmentStatus.PAUSED));
        assertEquals("halt.campaign.over", Halt.STOP.refusal(CampaignStatus.STOPPED, EnrolmentStatus.CLOSED_STOPPED));
    }

    @Test
    void aPausedSequenceIsNeitherCallableNorClosedAndResumesWithItsRemainingAttempts() {
        EnrolmentState s = EnrolmentState.scheduled().start().log(Outcome.NO_ANSWER, null, 9).slotMissed()
                .log(Outcome.LATER, Instant.parse("2026-11-25T10:00:00Z"), 9);
        EnrolmentState paused = s.pause();
        assertEquals(EnrolmentStatus.PAUSED, paused.status());
        assertFalse(paused.status().isOpen());
        assertFalse(paused.status().isClosed());
        assertNull(paused.callbackAt(), "the callback is planned again with the remaining attempts");
        assertThrows(IllegalStateException.class, () -> paused.log(Outcome.NO_ANSWER, null, 9), "no call while paused");
        assertThrows(IllegalStateException.class, paused::pause);
        EnrolmentState resumed = paused.sequenceEnds().resume();
        assertEquals(EnrolmentStatus.ACTIVE, resumed.status());
        assertEquals(2, resumed.attempts());
        assertEquals(1, resumed.missed());
        assertFalse(resumed.sequenceOver(), "its days are planned anew");
        assertEquals(7, resumed.remainingAttempts(9));
        assertEquals(EnrolmentStatus.SCHEDULED, EnrolmentState.scheduled().pause().resume().status());
        assertThrows(IllegalStateException.class, resumed::resume);
    }

    @Test
    void aStoppedSequenceIsClosedWithoutCooldown() {
        EnrolmentState stopped = EnrolmentState.scheduled().pause().stop();
        assertEquals(EnrolmentStatus.CLOSED_STOPPED, stopped.status());
        assertTrue(stopped.status().isClosed());
        assertFalse(stopped.startsCooldown());
        assertThrows(IllegalStateException.class, stopped::stop);
        assertEquals(stopped, stopped.cancel(), "closed stays closed");
    }
}
