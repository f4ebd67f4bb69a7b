package io.relance.domain.contact;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an outlet closes its issue ("bouclage"): a weekday for weeklies, a day of the month for
 * monthlies. Optional; worth knowing because a journalist called on closing day does not answer.
 */
public record ClosingDay(DayOfWeek weekday, Integer dayOfMonth) implements java.io.Serializable {

    private static final Pattern DAY_OF_MONTH = Pattern.compile("^(?:le\\s+)?(\\d{1,2})(?:\\s*(?:du mois|of the month|er|e|th|st|nd|rd))?$");
    private static final String[][] WEEKDAYS = {
            {"lundi", "monday", "lun", "mon"}, {"mardi", "tuesday", "mar", "tue"},
            {"mercredi", "wednesday", "mer", "wed"}, {"jeudi", "thursday", "jeu", "thu"},
            {"vendredi", "friday", "ven", "fri"}, {"samedi", "saturday", "sam", "sat"},
            {"dimanche", "sunday", "dim", "sun"}};

    public ClosingDay {
        if ((weekday == null) == (dayOfMonth == null)) {
            throw new IllegalArgumentException("a weekday or a day of month");
        }
        if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new IllegalArgumentException("day of month 1-31");
        }
    }

    /** The outcome of reading a typed closing day: a value, nothing (blank), or a problem key. */
    public record Parsed(ClosingDay day, String problem) {
    }

    public static Parsed parse(String text, Periodicity periodicity) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, null);
        }
        String folded = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = DAY_OF_MONTH.matcher(folded);
        ClosingDay day = null;
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= 31) {
                day = new ClosingDay(null, n);
            }
        } else {
            day = weekday(Choice.fold(folded)).map(d -> new ClosingDay(d, null)).orElse(null);
        }
        if (day == null) {
            return new Parsed(null, "outlet.closing.invalid");
        }
        if (periodicity != null && (day.weekday != null && periodicity.closesOnDayOfMonth()
                || day.dayOfMonth != null && periodicity.closesOnWeekday())) {
            return new Parsed(null, "outlet.closing.mismatch");
        }
        return new Parsed(day, null);
    }

    private static Optional<DayOfWeek> weekday(String folded) {
        for (int i = 0; i < WEEKDAYS.length; i++) {
            for (String word : WEEKDAYS[i]) {
                if (word.equals(folded)) {
                    return Optional.of(DayOfWeek.of(i + 1));
                }
            }
        }
        return Optional.empty();
    }

    /** "lundi" / "15" in French, "Monday" / "15" in English; the form an import reads back. */
    public String display(Locale locale) {
        return weekday != null ? weekday.getDisplayName(TextStyle.FULL, locale) : String.valueOf(dayOfMonth);
    }
}
