package io.relance.domain.qualification;

import java.time.LocalDate;

/** When the prospect wants it done, as the caller heard it (or as a date falls from today). */
public enum Horizon {
    UNDER_ONE_MONTH, ONE_TO_THREE_MONTHS, OVER_THREE_MONTHS, NONE;

    /** The horizon of a deadline date seen from {@code today}; a date already past counts as urgent. */
    public static Horizon of(LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return NONE;
        }
        if (deadline.isBefore(today.plusMonths(1))) {
            return UNDER_ONE_MONTH;
        }
        return deadline.isAfter(today.plusMonths(3)) ? OVER_THREE_MONTHS : ONE_TO_THREE_MONTHS;
    }

    /** Whether this horizon is at least as close as {@code other} (NONE is the farthest). */
    public boolean atLeastAsCloseAs(Horizon other) {
        return ordinal() <= other.ordinal();
    }
}
