package io.relance.application.qualification;

import io.relance.domain.qualification.MeetingInput;

import java.time.Instant;
import java.util.List;

/** Meetings with prospects and who of the agency goes; every statement carries the tenant. */
public interface MeetingRepository {

    /** Writes a booked meeting and who goes; answers its id. */
    long insert(long campaignId, long enrolmentId, long contactId, Long qualificationId, MeetingInput m, String uid, String by,
                Instant now);

    /** The meetings of one sequence, soonest first, with who goes. */
    List<MeetingRow> ofEnrolment(long enrolmentId);
}
