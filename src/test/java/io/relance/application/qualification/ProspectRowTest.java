package io.relance.application.qualification;

import io.relance.application.qualification.ProspectRow.Meeting;
import io.relance.domain.qualification.MeetingStatus;
import io.relance.domain.qualification.Priority;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which of a prospect's meetings its line shows, and what "overridden" means. */
class ProspectRowTest {

    private static Meeting m(long id, String at, MeetingStatus status) {
        return new Meeting(id, 7, Instant.parse(at), status);
    }

    @Test
    void theNextBookedMeetingComesFirst() {
        List<Meeting> all = List.of(m(1, "2026-11-20T09:00:00Z", MeetingStatus.HELD), m(2, "2026-12-10T09:00:00Z", MeetingStatus.BOOKED),
                m(3, "2026-12-01T09:00:00Z", MeetingStatus.BOOKED), m(4, "2026-11-25T09:00:00Z", MeetingStatus.CANCELLED));
        assertEquals(3, Meeting.toShow(all).orElseThrow().id());
    }

    @Test
    void elseTheLastHeldThenTheLastCancelled() {
        assertEquals(2, Meeting.toShow(List.of(m(1, "2026-11-20T09:00:00Z", MeetingStatus.HELD),
                m(2, "2026-11-27T09:00:00Z", MeetingStatus.HELD), m(3, "2026-11-30T09:00:00Z", MeetingStatus.CANCELLED))).orElseThrow().id());
        assertEquals(3, Meeting.toShow(List.of(m(1, "2026-11-20T09:00:00Z", MeetingStatus.CANCELLED),
                m(3, "2026-11-30T09:00:00Z", MeetingStatus.CANCELLED))).orElseThrow().id());
        assertTrue(Meeting.toShow(List.of()).isEmpty());
    }

    @Test
    void overriddenWhenTheKeptPriorityIsNotTheRules() {
        ProspectRow kept = new ProspectRow(1, 2, 3, "Zoé Alpha", null, Priority.HIGH, Priority.HIGH, null, 0, 0, null, null, null, null, null);
        ProspectRow raised = new ProspectRow(1, 2, 3, "Zoé Alpha", null, Priority.HIGH, Priority.MEDIUM, "Budget voté", 0, 0, null, null,
                null, null, null);
        assertFalse(kept.overridden());
        assertTrue(raised.overridden());
        assertTrue(raised.withMeeting(m(9, "2026-12-01T09:00:00Z", MeetingStatus.BOOKED)).overridden(), "kept with the meeting");
    }
}
