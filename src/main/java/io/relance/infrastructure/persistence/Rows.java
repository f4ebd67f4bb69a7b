package io.relance.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Reading the columns of native queries, whose Java types differ between drivers and dialects. */
public final class Rows {

    private Rows() {
    }

    public static Long lng(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    public static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && ((Number) value).intValue() != 0;
    }

    public static Instant instant(Object value) {
        return value == null ? null : StepStore.instant(value);
    }

    public static LocalDate date(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }

    /** A typed text as stored: trimmed, or NULL when nothing was typed. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    /** A person's name from its two columns (the first name may be missing). */
    public static String name(Object first, Object last) {
        return (first == null ? "" : first + " ") + (last == null ? "" : last);
    }
}
