package io.relance.domain.qualification;

import io.relance.domain.contact.Problem;
import io.relance.domain.contact.WebAddress;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting as booked from the card: when, how long, where (an address, a visio link, or both),
 * who of the agency goes, and — when the agency's policy would refuse it — the directeur's reason
 * for booking it anyway.
 */
public record MeetingInput(Instant start, int minutes, String place, String visioUrl, List<Long> attendees,
                           String overrideReason) implements Serializable {

    public List<Problem> problems(Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (start == null) {
            problems.add(new Problem("start", "meeting.start.required", ""));
        } else if (!start.isAfter(now)) {
            problems.add(new Problem("start", "meeting.start.past", ""));
        }
        if (minutes < 15 || minutes > 480) {
            problems.add(new Problem("minutes", "meeting.minutes.range", String.valueOf(minutes)));
        }
        boolean hasPlace = place != null && !place.isBlank();
        boolean hasVisio = visioUrl != null && !visioUrl.isBlank();
        if (!hasPlace && !hasVisio) {
            problems.add(new Problem("place", "meeting.place.required", ""));
        }
        if (hasPlace && place.length() > 300) {
            problems.add(new Problem("place", "meeting.place.long", "300"));
        }
        if (hasVisio && !WebAddress.isValid(visioUrl.strip(), 1000)) {
            problems.add(new Problem("visioUrl", "meeting.visio.invalid", visioUrl));
        }
        if (attendees == null || attendees.isEmpty()) {
            problems.add(new Problem("attendees", "meeting.attendees.required", ""));
        }
        if (overrideReason != null && overrideReason.length() > 500) {
            problems.add(new Problem("overrideReason", "qualification.override.long", "500"));
        }
        return problems;
    }

    public boolean hasOverrideReason() {
        return overrideReason != null && !overrideReason.isBlank();
    }
}
