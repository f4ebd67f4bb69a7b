package io.relance.application.qualification;

import io.relance.domain.qualification.MeetingStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A meeting with a prospect as listed on the card: when, where, who goes, where it stands. */
public record MeetingRow(long id, Instant start, int minutes, String place, String visioUrl, MeetingStatus status,
                         List<String> attendees, String overrideReason, String bookedBy) implements Serializable {
}
