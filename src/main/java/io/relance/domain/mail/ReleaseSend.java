package io.relance.domain.mail;

import io.relance.domain.sequence.PlannedSlot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When a campaign's release leaves for one person: on the send date at the send time of the
 * person's own zone (a Monday 09:00 send reaches Paris at 09:00 Paris and Montréal at 09:00
 * Montréal), or at once when that moment has passed. Calls and the anchor SMS come after it: a
 * journalist is not called about a release they have not received.
 */
public final class ReleaseSend {

    /** The time the email is given to leave before the first call or SMS may come (a dispatch round or two). */
    public static final Duration LEAD = Duration.ofMinutes(15);

    private ReleaseSend() {
    }

    /**
     * The moment the release is due for someone in {@code zone}. A send time that does not exist
     * that day (the spring DST gap) moves forward by the gap; one that happens twice (autumn) is the
     * first of the two: {@link ZonedDateTime#of}'s rules, the least surprising for a reader.
     */
    public static Instant dueAt(LocalDate sendDate, LocalTime sendTime, ZoneId zone, Instant now) {
        if (sendDate == null) {
            return now;
        }
        Instant at = ZonedDateTime.of(sendDate, sendTime == null ? LocalTime.of(9, 0) : sendTime, zone).toInstant();
        return at.isBefore(now) ? now : at;
    }

    /**
     * The earliest moment a call or the SMS may come for a person whose release is due at
     * {@code due}: a few minutes after it.
     */
    public static Instant contactFrom(Instant due) {
        return due.plus(LEAD);
    }

    /**
     * The call slots kept after the release: a slot that closes before {@code from} (or leaves less
     * than {@link #LEAD} of it) is dropped, one that opens before it starts at {@code from}, so that
     * the first call never comes before the email.
     */
    public static List<PlannedSlot> after(List<PlannedSlot> slots, Instant from) {
        List<PlannedSlot> kept = new ArrayList<>(slots.size());
        for (PlannedSlot s : slots) {
            if (!s.closes().isAfter(from.plus(LEAD))) {
                continue;
            }
            kept.add(s.opens().isBefore(from) ? new PlannedSlot(s.day(), s.slot(), from, s.closes()) : s);
        }
        return kept;
    }
}
