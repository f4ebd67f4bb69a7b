package io.relance.domain.sms;

import io.relance.domain.sequence.BusinessCalendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When an SMS may reach a person: never on a Sunday or a public holiday of the agency's country,
 * only between 08:00 and 20:00 in the person's time zone. A moment outside moves to the next
 * allowed one (08:00 of the next allowed day).
 */
public final class QuietHours {

    public static final LocalTime FROM = LocalTime.of(8, 0);
    public static final LocalTime UNTIL = LocalTime.of(20, 0);

    private final BusinessCalendar calendar;

    public QuietHours(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    public Instant nextAllowed(Instant at, ZoneId zone) {
        ZonedDateTime t = at.atZone(zone);
        LocalDate day = t.toLocalDate();
        if (allowedDay(day) && !t.toLocalTime().isBefore(FROM) && t.toLocalTime().isBefore(UNTIL)) {
            return at;
        }
        if (!allowedDay(day) || !t.toLocalTime().isBefore(UNTIL)) {
            day = day.plusDays(1);
        }
        while (!allowedDay(day)) {
            day = day.plusDays(1);
        }
        return ZonedDateTime.of(day, FROM, zone).toInstant();
    }

    private boolean allowedDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SUNDAY && !calendar.isHoliday(day);
    }
}
