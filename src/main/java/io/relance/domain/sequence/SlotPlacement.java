package io.relance.domain.sequence;

import io.relance.domain.contact.CallWindows;
import io.relance.domain.contact.CallWindows.Window;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a template's slots of a day inside the hours a contact may be called: the medium's hours
 * narrowed by the contact's own call windows.
 *
 * <p>The rule, in order: a slot that overlaps the allowed hours by at least {@link #SHORTEST} keeps its time, cut to them (a daily's
 * 09:30–11:30 becomes 09:30–11:00, before the editorial meeting); a slot wholly outside moves to the
 * first allowed time at least the template's minimum gap after the previous slot opened, keeping its
 * length as far as the window allows; a slot that finds no room of at least {@link #SHORTEST} that day
 * is dropped: fewer attempts that day rather than calls at hours the outlet or the journalist refuse
 * (the directeur's table shows how many a day each medium gets). When laying the slots from the first
 * allowed hour keeps more of them than keeping their times does, that layout wins.
 *
 * <p>The contact's windows and the medium's hours are intersected; when they have nothing in common,
 * the contact's windows win: the journalist said when to call, the medium's habits are only a default.
 */
public final class SlotPlacement {

    /** A slot shorter than this is no slot: a caller cannot fit a call in it among the others. */
    public static final Duration SHORTEST = Duration.ofMinutes(30);

    private SlotPlacement() {
    }

    /** The hours a contact may be called: the medium's hours within the contact's windows (theirs when disjoint). */
    public static List<Window> allowed(List<Window> medium, CallWindows contact) {
        if (contact == null || contact.windows().isEmpty()) {
            return medium;
        }
        List<Window> both = new ArrayList<>();
        for (Window a : medium) {
            for (Window b : contact.windows()) {
                LocalTime from = max(a.from(), b.from());
                LocalTime to = min(a.to(), b.to());
                if (from.isBefore(to)) {
                    both.add(new Window(from, to));
                }
            }
        }
        both.sort(java.util.Comparator.comparing(Window::from));
        return both.isEmpty() ? contact.windows() : both;
    }

    /** The day's slots inside {@code allowed}, in order; possibly fewer than the template's. */
    public static List<Window> place(List<Window> slots, Duration minGap, List<Window> allowed) {
        List<Window> kept = keepingTimes(slots, minGap, allowed);
        if (kept.size() < slots.size()) {
            List<Window> laid = fromFirstHour(slots, minGap, allowed);
            if (laid.size() > kept.size()) {
                return laid;
            }
        }
        return kept;
    }

    private static List<Window> keepingTimes(List<Window> slots, Duration minGap, List<Window> allowed) {
        List<Window> placed = new ArrayList<>();
        for (Window slot : slots) {
            Window prev = placed.isEmpty() ? null : placed.get(placed.size() - 1);
            LocalTime earliest = prev == null ? LocalTime.MIN : max(prev.to(), later(prev.from(), minGap));
            Window inside = null;
            for (Window a : allowed) {
                // the template's own times were validated against its gap; the engine keeps the gap after each attempt
                LocalTime from = max(max(slot.from(), a.from()), prev == null ? LocalTime.MIN : prev.to());
                LocalTime to = min(slot.to(), a.to());
                if (longEnough(from, to)) {
                    inside = new Window(from, to);
                    break;
                }
            }
            Window slotPlaced = inside != null ? inside : moved(slot, earliest, allowed);
            if (slotPlaced != null) {
                placed.add(slotPlaced);
            }
        }
        return placed;
    }

    private static List<Window> fromFirstHour(List<Window> slots, Duration minGap, List<Window> allowed) {
        List<Window> placed = new ArrayList<>();
        for (Window slot : slots) {
            Window prev = placed.isEmpty() ? null : placed.get(placed.size() - 1);
            LocalTime earliest = prev == null ? LocalTime.MIN : max(prev.to(), later(prev.from(), minGap));
            Window w = moved(slot, earliest, allowed);
            if (w != null) {
                placed.add(w);
            }
        }
        return placed;
    }

    /** The slot's length from the first allowed time at or after {@code earliest}, cut to its window. */
    private static Window moved(Window slot, LocalTime earliest, List<Window> allowed) {
        Duration length = Duration.between(slot.from(), slot.to());
        for (Window a : allowed) {
            LocalTime from = max(a.from(), earliest);
            if (!from.isBefore(a.to())) {
                continue;
            }
            long room = Duration.between(from, a.to()).toMinutes();
            LocalTime to = room <= length.toMinutes() ? a.to() : from.plus(length);
            if (longEnough(from, to)) {
                return new Window(from, to);
            }
        }
        return null;
    }

    /** {@code t + gap}, or the end of the day when that passes midnight. */
    private static LocalTime later(LocalTime t, Duration gap) {
        long minutes = t.toSecondOfDay() / 60 + gap.toMinutes();
        return minutes >= 24 * 60 ? LocalTime.MAX : t.plus(gap);
    }

    private static boolean longEnough(LocalTime from, LocalTime to) {
        return from.isBefore(to) && Duration.between(from, to).compareTo(SHORTEST) >= 0;
    }

    private static LocalTime max(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime min(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }
}
