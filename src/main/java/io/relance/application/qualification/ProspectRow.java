package io.relance.application.qualification;

import io.relance.domain.qualification.MeetingStatus;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.ProspectOutcome;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A qualified prospect as the chef de projet follows it up: who, the priority kept (and the rules'
 * one when the caller overrode it, with the reason), the quotes and proposals sent (failed emails
 * not counted), the meeting to show, and the outcome with who recorded it and when.
 */
public record ProspectRow(long qualificationId, long enrolmentId, long contactId, String name, String company,
                          Priority priority, Priority rulesPriority, boolean overridden, String overrideReason,
                          long quotes, long proposals, Meeting meeting,
                          ProspectOutcome outcome, String outcomeBy, Instant outcomeAt, Instant qualifiedAt) implements Serializable {

    /** One of a prospect's meetings. */
    public record Meeting(long id, long enrolmentId, Instant startsAt, MeetingStatus status) implements Serializable {

        /**
         * The meeting a prospect's line shows: the next one still booked (the one to hold or cancel),
         * else the last one held, else the last one cancelled; empty without any.
         */
        public static Optional<Meeting> toShow(List<Meeting> ofOneProspect) {
            Comparator<Meeting> latest = Comparator.comparing(Meeting::startsAt).reversed();
            return ofOneProspect.stream().filter(m -> m.status() == MeetingStatus.BOOKED).min(Comparator.comparing(Meeting::startsAt))
                    .or(() -> ofOneProspect.stream().filter(m -> m.status() == MeetingStatus.HELD).min(latest))
                    .or(() -> ofOneProspect.stream().filter(m -> m.status() == MeetingStatus.CANCELLED).min(latest));
        }

        public boolean isBooked() {
            return status == MeetingStatus.BOOKED;
        }
    }

    public ProspectRow(long qualificationId, long enrolmentId, long contactId, String name, String company, Priority priority,
                       Priority rulesPriority, String overrideReason, long quotes, long proposals, Meeting meeting,
                       ProspectOutcome outcome, String outcomeBy, Instant outcomeAt, Instant qualifiedAt) {
        this(qualificationId, enrolmentId, contactId, name, company, priority, rulesPriority, priority != rulesPriority,
                overrideReason, quotes, proposals, meeting, outcome, outcomeBy, outcomeAt, qualifiedAt);
    }

    public ProspectRow withMeeting(Meeting shown) {
        return new ProspectRow(qualificationId, enrolmentId, contactId, name, company, priority, rulesPriority, overridden,
                overrideReason, quotes, proposals, shown, outcome, outcomeBy, outcomeAt, qualifiedAt);
    }
}
