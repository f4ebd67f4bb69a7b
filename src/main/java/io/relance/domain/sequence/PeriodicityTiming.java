package io.relance.domain.sequence;

import io.relance.domain.contact.CallWindows;
import io.relance.domain.contact.CallWindows.Window;
import io.relance.domain.contact.Problem;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When each medium is called, as the directeur set it: the hours of the day (one or more windows, in
 * the contact's own zone) and the lead before the closing day ({@link StartRule} says how the lead is
 * read: business days before a weekly's closing weekday, days before a monthly's closing date), plus
 * the agency's working hours, which bound callbacks and the calls of contacts with no known medium.
 *
 * <p>The defaults are the press's habits (documented in docs/TIMING.md and on the directeur's page):
 * a daily decides its day at the editorial meeting (about 11:00), so its first call of the day comes
 * before it, and the afternoon retries end before the evening closing; a weekly is not called on its
 * closing day nor on the business day before; a monthly gets its calls two weeks (rarer titles three)
 * before its closing date, else right after it; radio and television are called outside their news
 * (morning show until 09:30, noon and evening bulletins); the web and agencies at any working hour.
 *
 * <p>Stored as "WORKING=09:00-18:30;QUOTIDIEN=08:30-11:00,14:00-18:00/0;...": an unknown medium, a
 * value an older version wrote or a row missing falls back to its default, so that a stored value
 * never breaks planning.
 */
public record PeriodicityTiming(List<Window> working, Map<Medium, Hours> rows) {

    /** Calls are never placed before 07:00 nor after 21:00, whatever is typed. */
    public static final LocalTime EARLIEST = LocalTime.of(7, 0);
    public static final LocalTime LATEST = LocalTime.of(21, 0);
    /** A lead of more than four business days would leave a weekly no day of its week. */
    public static final int MAX_BUSINESS_DAYS_LEAD = 4;
    public static final int MAX_DAYS_LEAD = 28;
    private static final String WORKING = "WORKING";

    /** One medium's hours and its lead before closing (0: only the closing day itself is avoided). */
    public record Hours(List<Window> windows, int lead) {
        @Override
        public String toString() {
            return new CallWindows(windows) + "/" + lead;
        }
    }

    public static PeriodicityTiming defaults() {
        Map<Medium, Hours> map = new EnumMap<>(Medium.class);
        for (Medium m : Medium.values()) {
            map.put(m, defaultFor(m));
        }
        return new PeriodicityTiming(DEFAULT_WORKING, map);
    }

    private static final List<Window> DEFAULT_WORKING = List.of(w(9, 0, 18, 30));

    public static Hours defaultFor(Medium medium) {
        return switch (medium) {
            // before the editorial meeting, then after lunch until the evening closing
            case QUOTIDIEN -> new Hours(List.of(w(8, 30, 11, 0), w(14, 0, 18, 0)), 0);
            case HEBDOMADAIRE, BIMENSUEL -> new Hours(DEFAULT_WORKING, 1);
            case MENSUEL -> new Hours(DEFAULT_WORKING, 14);
            case BIMESTRIEL, TRIMESTRIEL, SEMESTRIEL, ANNUEL -> new Hours(DEFAULT_WORKING, 21);
            // after the morning show, before the noon bulletin; the afternoon until the evening news
            case RADIO -> new Hours(List.of(w(9, 30, 11, 45), w(14, 0, 17, 30)), 0);
            // after the morning programmes until before the 13:00 news; after it until the 19:00 evening editions
            case TV -> new Hours(List.of(w(9, 30, 12, 0), w(14, 30, 18, 30)), 0);
            default -> new Hours(DEFAULT_WORKING, 0);
        };
    }

    private static Window w(int fromH, int fromM, int toH, int toM) {
        return new Window(LocalTime.of(fromH, fromM), LocalTime.of(toH, toM));
    }

    /** The hours of a medium; null: the working hours, without lead. */
    public Hours of(Medium medium) {
        return medium == null ? new Hours(working, 0) : rows.getOrDefault(medium, defaultFor(medium));
    }

    public PeriodicityTiming with(Medium medium, Hours hours) {
        Map<Medium, Hours> map = new EnumMap<>(Medium.class);
        map.putAll(rows);
        map.put(medium, hours);
        return new PeriodicityTiming(working, map);
    }

    public PeriodicityTiming withWorking(List<Window> hours) {
        return new PeriodicityTiming(List.copyOf(hours), rows);
    }

    public static PeriodicityTiming parse(String text) {
        PeriodicityTiming result = defaults();
        if (text == null || text.isBlank()) {
            return result;
        }
        for (String entry : text.split(";")) {
            String[] kv = entry.split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            String key = kv[0].strip();
            String[] value = kv[1].split("/", 2);
            CallWindows hours = CallWindows.parse(value[0]).windows();
            if (hours == null) {
                continue; // unreadable: the default stands
            }
            try {
                if (WORKING.equals(key)) {
                    result = result.withWorking(hours.windows());
                } else {
                    int lead = value.length == 2 ? Integer.parseInt(value[1].strip()) : 0;
                    result = result.with(Medium.valueOf(key), new Hours(hours.windows(), lead));
                }
            } catch (IllegalArgumentException ignored) {
                // a medium or a lead from another version: the default stands
            }
        }
        return result;
    }

    public String format() {
        StringBuilder sb = new StringBuilder(WORKING).append('=').append(new CallWindows(working));
        for (Medium m : Medium.values()) {
            sb.append(';').append(m.name()).append('=').append(of(m));
        }
        return sb.toString();
    }

    /** Every rule a directeur could break, each with its message key and the value as typed. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>(hoursProblems(WORKING, working));
        for (Medium m : Medium.values()) {
            Hours h = of(m);
            problems.addAll(hoursProblems(m.name(), h.windows()));
            int max = m.leadInBusinessDays() ? MAX_BUSINESS_DAYS_LEAD : MAX_DAYS_LEAD;
            if (h.lead() < 0 || h.lead() > max) {
                problems.add(new Problem(m.name(), "timing.lead.range", String.valueOf(h.lead())));
            }
        }
        return problems;
    }

    private static List<Problem> hoursProblems(String field, List<Window> windows) {
        List<Problem> problems = new ArrayList<>();
        if (windows.isEmpty()) {
            problems.add(new Problem(field, "timing.hours.required", ""));
        }
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            if (!w.from().isBefore(w.to())) {
                problems.add(new Problem(field, "timing.hours.order", w.toString()));
            } else if (w.from().isBefore(EARLIEST) || w.to().isAfter(LATEST)) {
                problems.add(new Problem(field, "timing.hours.bounds", w.toString()));
            } else if (i > 0 && windows.get(i - 1).to().isAfter(w.from())) {
                problems.add(new Problem(field, "timing.hours.overlap", w.toString()));
            }
        }
        return problems;
    }
}
