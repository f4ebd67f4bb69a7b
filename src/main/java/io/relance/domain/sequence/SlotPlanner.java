package io.relance.domain.sequence;

import io.relance.domain.contact.CallWindows;
import io.relance.domain.contact.ClosingDay;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Places an enrolment in time: its days (business days of the agency's country, in the contact's
 * time zone), the first of which follows the outlet's periodicity rule and its lead before closing,
 * and the slots of each day, inside the medium's hours and the contact's call windows
 * ({@link #forContact}, {@link SlotPlacement}). Local slot times are turned into instants with the
 * zone's rules, so a DST change is handled.
 */
public final class SlotPlanner {

    private final BusinessCalendar calendar;
    private final SequencePlan plan;
    /** The slots of each day, in the contact's local time: the template's, or placed for one contact. */
    private final List<CallWindows.Window> daySlots;
    /** Business days (weekly closing) or days (monthly closing) kept free before the closing. */
    private final int lead;

    public SlotPlanner(BusinessCalendar calendar, SequencePlan plan) {
        this(calendar, plan, plan.slots(), 0);
    }

    private SlotPlanner(BusinessCalendar calendar, SequencePlan plan, List<CallWindows.Window> daySlots, int lead) {
        this.calendar = calendar;
        this.plan = plan;
        this.daySlots = daySlots;
        this.lead = lead;
    }

    /** This planner for one contact: the day's slots inside their medium's hours and their own windows, the medium's lead. */
    public SlotPlanner forContact(PeriodicityTiming timing, ContactHours contact) {
        PeriodicityTiming.Hours hours = timing.of(contact.medium());
        List<CallWindows.Window> allowed = SlotPlacement.allowed(hours.windows(), contact.windows());
        List<CallWindows.Window> placed = SlotPlacement.place(plan.slots(), plan.minGap(), allowed);
        // hours too short for any slot (a journalist's "12h-12h15"): one attempt in them, they said so
        return new SlotPlanner(calendar, plan, placed.isEmpty() ? List.of(allowed.get(0)) : placed, hours.lead());
    }

    /** The slots of each day (local times); fewer than the template's when the hours leave no room for them. */
    public List<CallWindows.Window> daySlots() {
        return daySlots;
    }

    /**
     * The days of the sequence for a campaign sent on {@code sendDay} (or a chef's chosen start). A
     * monthly's days all fall {@code lead} days or more before its closing date; when they cannot,
     * they start right after the closing, when the next issue is being planned (no lead then: the
     * closing is a month away).
     */
    public List<LocalDate> days(LocalDate sendDay, StartRule rule, ClosingDay closing, boolean startOnSendDay) {
        Predicate<LocalDate> excluded = excluded(rule, closing);
        LocalDate first = startOnSendDay ? calendar.onOrAfter(sendDay, excluded) : calendar.after(sendDay, excluded);
        if (rule == StartRule.END_BEFORE_CLOSING && closing != null && closing.dayOfMonth() != null) {
            boolean afterClosing = false;
            for (int guard = 0; guard < 13; guard++) {
                List<LocalDate> days = consecutive(first, excluded);
                LocalDate closingDate = nextClosing(first, closing.dayOfMonth());
                LocalDate last = days.get(days.size() - 1);
                if (last.isBefore(closingDate) && (afterClosing || !last.isAfter(closingDate.minusDays(lead)))) {
                    return days;
                }
                first = calendar.after(closingDate, excluded);
                afterClosing = true;
            }
        }
        return consecutive(first, excluded);
    }

    /** Every slot of the given days, in order, as instants in the contact's zone. */
    public List<PlannedSlot> slots(List<LocalDate> days, ZoneId zone) {
        List<PlannedSlot> slots = new ArrayList<>(days.size() * daySlots.size());
        for (int d = 0; d < days.size(); d++) {
            for (int s = 0; s < daySlots.size(); s++) {
                CallWindows.Window w = daySlots.get(s);
                slots.add(new PlannedSlot(d + 1, s + 1, ZonedDateTime.of(days.get(d), w.from(), zone).toInstant(),
                        ZonedDateTime.of(days.get(d), w.to(), zone).toInstant()));
            }
        }
        return slots;
    }

    /** When the anchor SMS leaves: before the first slot of its day; null when the plan has none. */
    public Instant smsAt(List<PlannedSlot> slots) {
        if (plan.smsDay() == 0) {
            return null;
        }
        return slots.stream().filter(s -> s.day() == plan.smsDay()).findFirst()
                .map(s -> s.opens().minus(plan.smsLead())).orElse(null);
    }

    private List<LocalDate> consecutive(LocalDate first, Predicate<LocalDate> excluded) {
        List<LocalDate> days = new ArrayList<>(plan.days());
        LocalDate d = first;
        days.add(d);
        while (days.size() < plan.days()) {
            d = calendar.after(d, excluded);
            days.add(d);
        }
        return days;
    }

    /**
     * A weekly's closing weekday and the {@code lead} business days before it: the issue is being
     * closed, a release pitched then misses it and the journalist has no time to talk.
     */
    private Predicate<LocalDate> excluded(StartRule rule, ClosingDay closing) {
        if (rule == StartRule.AVOID_CLOSING_DAY && closing != null && closing.weekday() != null) {
            DayOfWeek weekday = closing.weekday();
            return d -> {
                int businessDaysBefore = 0; // business days from d up to the closing day, d counted
                for (LocalDate x = d; x.getDayOfWeek() != weekday; x = x.plusDays(1)) {
                    businessDaysBefore += calendar.isBusinessDay(x) ? 1 : 0;
                }
                return businessDaysBefore <= lead;
            };
        }
        return d -> false;
    }

    /** The first closing date on or after {@code day} (day 31 is the month's last day in shorter months). */
    private static LocalDate nextClosing(LocalDate day, int dayOfMonth) {
        YearMonth month = YearMonth.from(day);
        LocalDate closing = month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        if (closing.isBefore(day)) {
            YearMonth next = month.plusMonths(1);
            closing = next.atDay(Math.min(dayOfMonth, next.lengthOfMonth()));
        }
        return closing;
    }
}
