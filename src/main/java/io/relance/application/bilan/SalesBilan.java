package io.relance.application.bilan;

import io.relance.domain.qualification.MeetingStatus;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.ProspectOutcome;
import io.relance.domain.qualification.QualificationPolicy;
import io.relance.domain.sales.SalesKind;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the qualification of a commercial offer's prospects produced: the prospects qualified per
 * priority kept (and how many a caller overrode), the quotes and proposals sent, the meetings
 * booked and held, the meetings avoided and the time they saved, and the outcomes recorded later.
 *
 * <p>A meeting avoided is a prospect qualified low or medium who has no meeting (a cancelled one
 * does not count as a meeting); each is worth the agency's average meeting duration, travel
 * included ({@code meetingMinutes}), so the time saved is an estimate the agency can tune.
 *
 * @param meetingsBooked  booked and not cancelled (those held included)
 * @param minutesSaved    {@code meetingsAvoided × meetingMinutes}
 * @param notRecorded     qualified prospects whose outcome nobody has recorded yet
 */
public record SalesBilan(long qualified, long high, long medium, long low, long overridden,
                         long quotesSent, long proposalsSent,
                         long meetingsBooked, long meetingsHeld, long meetingsCancelled,
                         long meetingsAvoided, int meetingMinutes, long minutesSaved,
                         long won, long lost, long noAnswer, long notRecorded) implements Serializable {

    /** The average meeting duration, travel included, when the agency has not set its own (150). */
    public static final int DEFAULT_MEETING_MINUTES = QualificationPolicy.DEFAULT.meetingMinutes();

    /**
     * {@code n} qualified prospects alike: their kept priority, whether it differs from the rules',
     * their outcome (null: not recorded) and whether they have a meeting that was not cancelled.
     */
    public record Prospects(Priority priority, boolean overridden, ProspectOutcome outcome, boolean hasMeeting, long n)
            implements Serializable {
    }

    /**
     * The bilan from counted facts.
     *
     * @param emails         the campaign's quotes and proposals that did not fail, by kind
     * @param meetings       the campaign's meetings by status
     * @param meetingMinutes the agency's setting, or null for {@link #DEFAULT_MEETING_MINUTES} (so is a duration
     *                       of zero, which the rules page refuses)
     */
    public static SalesBilan of(List<Prospects> prospects, Map<SalesKind, Long> emails, Map<MeetingStatus, Long> meetings,
                                Integer meetingMinutes) {
        long high = 0, medium = 0, low = 0, overridden = 0, avoided = 0, won = 0, lost = 0, noAnswer = 0, none = 0;
        for (Prospects p : prospects) {
            switch (p.priority()) {
                case HIGH -> high += p.n();
                case MEDIUM -> medium += p.n();
                case LOW -> low += p.n();
            }
            if (p.overridden()) {
                overridden += p.n();
            }
            // the point of qualifying: a low or medium prospect gets a quote or a proposal, not a visit
            if (p.priority() != Priority.HIGH && !p.hasMeeting()) {
                avoided += p.n();
            }
            if (p.outcome() == null) {
                none += p.n();
            } else {
                switch (p.outcome()) {
                    case WON -> won += p.n();
                    case LOST -> lost += p.n();
                    case NO_ANSWER -> noAnswer += p.n();
                }
            }
        }
        long held = meetings.getOrDefault(MeetingStatus.HELD, 0L);
        long booked = meetings.getOrDefault(MeetingStatus.BOOKED, 0L) + held;
        int minutes = meetingMinutes == null || meetingMinutes <= 0 ? DEFAULT_MEETING_MINUTES : meetingMinutes;
        return new SalesBilan(high + medium + low, high, medium, low, overridden,
                emails.getOrDefault(SalesKind.QUOTE, 0L), emails.getOrDefault(SalesKind.PROPOSAL, 0L),
                booked, held, meetings.getOrDefault(MeetingStatus.CANCELLED, 0L),
                avoided, minutes, avoided * minutes, won, lost, noAnswer, none);
    }

    /** The whole hours of the time saved (750 minutes: 12). */
    public long savedHours() {
        return minutesSaved / 60;
    }

    /** The minutes past the whole hours (750 minutes: 30). */
    public long savedMinutesPastHours() {
        return minutesSaved % 60;
    }
}
