package io.relance.domain.sms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * What the anchor SMS promises and how it says it, in the person's own time zone: {@code {delai}}
 * names the day of the first call ("aujourd'hui", "demain", "le 24/11"), {@code {horizon}} the day
 * by which the sequence's last call is made ("d'ici 48h", "d'ici jeudi"), so that the seed's text
 * ("je vous appelle aujourd'hui… je reviens vers vous d'ici 48h") can be used as is. The day named
 * by {@code {delai}} is a promise: the call of that day comes first in the caller's day, and a day
 * that passes without it is counted as a promise not kept.
 *
 * @param firstCall the first call still to make after the SMS (null: none planned)
 * @param lastCall  when the sequence's last call closes (null: none planned)
 */
public record CallPromise(Instant now, Instant firstCall, Instant lastCall, ZoneId zone) {

    /** The SMS's words are French, as the default text and the seed's are. */
    private static final Locale WORDS = Locale.FRENCH;

    /** When the first call is made: "aujourd'hui", "demain", else the day's date. */
    public String delai() {
        if (firstCall == null) {
            return "prochainement";
        }
        LocalDate today = today();
        LocalDate day = day(firstCall);
        if (!day.isAfter(today)) {
            return "aujourd'hui";
        }
        return day.equals(today.plusDays(1)) ? "demain" : "le " + day.getDayOfMonth() + "/" + day.getMonthValue();
    }

    /** By when the sequence ends: "d'ici ce soir", "d'ici demain", "d'ici 48h", a weekday within the week, else a date. */
    public String horizon() {
        if (lastCall == null) {
            return "prochainement";
        }
        LocalDate today = today();
        LocalDate day = day(lastCall);
        if (!day.isAfter(today)) {
            return "d'ici ce soir";
        }
        if (day.equals(today.plusDays(1))) {
            return "d'ici demain";
        }
        if (day.equals(today.plusDays(2))) {
            return "d'ici 48h";
        }
        return day.isBefore(today.plusDays(7)) ? "d'ici " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, WORDS)
                : "d'ici le " + day.getDayOfMonth() + "/" + day.getMonthValue();
    }

    /** The promised day, from its start to the next day's start in the person's zone (null: nothing promised). */
    public Instant[] promisedDay() {
        if (firstCall == null) {
            return null;
        }
        LocalDate day = day(firstCall);
        return new Instant[]{day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()};
    }

    private LocalDate today() {
        return day(now);
    }

    private LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }
}
