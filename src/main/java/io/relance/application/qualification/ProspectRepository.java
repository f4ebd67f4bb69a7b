package io.relance.application.qualification;

import io.relance.domain.qualification.MeetingStatus;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.ProspectOutcome;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's qualified prospects for their follow-up, and the two changes the chef de projet makes
 * (an outcome, a meeting's end). Every statement carries the tenant, so another agency's id matches
 * no row.
 */
public interface ProspectRepository {

    /** A card's outcome as it stands (null: not recorded). */
    record OutcomeState(ProspectOutcome outcome) {
    }

    /** What a meeting's change needs to know first. */
    record MeetingState(MeetingStatus status, Instant startsAt) {
    }

    /** A page of cards, high priority first, then by name, with their sales emails counted (all priorities when null). */
    List<ProspectRow> page(long campaignId, Priority priority, int first, int size);

    long count(long campaignId, Priority priority);

    /** Every meeting of these sequences (one query for a page of prospects). */
    List<ProspectRow.Meeting> meetings(long campaignId, List<Long> enrolmentIds);

    /** A card's outcome, its row locked until the change commits; empty if the card is not the agency's. */
    Optional<OutcomeState> lockOutcome(long qualificationId);

    /** The outcome, who recorded it and when. */
    void recordOutcome(long qualificationId, ProspectOutcome outcome, String by, Instant at);

    /** Back to "not recorded yet": no outcome, no author, no date. */
    void clearOutcome(long qualificationId);

    /** A meeting's status and start, its row locked until the change commits; empty if it is not the agency's. */
    Optional<MeetingState> lockMeeting(long meetingId);

    /** A meeting's end (held or cancelled), with who said so and when. */
    void meetingStatus(long meetingId, MeetingStatus status, String by, Instant at);
}
