package io.relance.domain.sequence;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Business days of a country: no weekend, no public holiday (Jollyday's calendar for the country).
 * Holidays are read once per country and year: planning 100,000 enrolments asks millions of times.
 */
public final class BusinessCalendar {

    private static final Map<String, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

    private final String country;

    private BusinessCalendar(String country) {
        this.country = country.toLowerCase(Locale.ROOT);
    }

    public static BusinessCalendar of(String country) {
        return new BusinessCalendar(country == null || country.isBlank() ? "fr" : country);
    }

    public boolean isHoliday(LocalDate day) {
        return HOLIDAYS.computeIfAbsent(country + ":" + day.getYear(), k -> load(day.getYear())).contains(day);
    }

    public boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** The first business day on or after {@code day} that {@code excluded} does not refuse. */
    public LocalDate onOrAfter(LocalDate day, Predicate<LocalDate> excluded) {
        LocalDate d = day;
        for (int guard = 0; guard < 400; guard++, d = d.plusDays(1)) {
            if (isBusinessDay(d) && !excluded.test(d)) {
                return d;
            }
        }
        throw new IllegalStateException("no business day within a year after " + day);
    }

    /** The first business day strictly after {@code day}. */
    public LocalDate after(LocalDate day, Predicate<LocalDate> excluded) {
        return onOrAfter(day.plusDays(1), excluded);
    }

    private Set<LocalDate> load(int year) {
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        return manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream()
                .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
    }
}
