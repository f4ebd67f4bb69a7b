package io.relance.domain.sequence;

import io.relance.domain.contact.CallWindows.Window;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * When a callback may be booked: a business day of the agency's calendar, within the agency's
 * working hours, both read in the contact's own zone (a journalist in Montréal is called back in
 * Montréal's working hours). Outside, the next moment that is inside is proposed instead.
 */
public record BusinessHours(BusinessCalendar calendar, List<Window> working) {

    public boolean isOpen(Instant at, ZoneId zone) {
        LocalDateTime local = at.atZone(zone).toLocalDateTime();
        if (!calendar.isBusinessDay(local.toLocalDate())) {
            return false;
        }
        LocalTime t = local.toLocalTime();
        return working.stream().anyMatch(w -> !t.isBefore(w.from()) && t.isBefore(w.to()));
    }

    /** {@code at} when open, else the first moment after it that is (a window's start on a business day). */
    public ZonedDateTime next(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (isOpen(at, zone)) {
            return local;
        }
        LocalDate day = local.toLocalDate();
        for (int guard = 0; guard < 400; guard++, day = day.plusDays(1)) {
            if (!calendar.isBusinessDay(day)) {
                continue;
            }
            for (Window w : working) {
                ZonedDateTime start = ZonedDateTime.of(day, w.from(), zone);
                if (start.isAfter(local)) {
                    return start;
                }
            }
        }
        throw new IllegalStateException("no business hour within a year after " + at);
    }
}
