package io.relance.domain.sequence;

import io.relance.domain.contact.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agency's contact-pressure policy (set by the directeur): at most {@code maxAttemptsPer7Days}
 * call attempts per contact over any rolling seven days, across all campaigns; one active sequence
 * per contact; the cooldown after "non prioritaire". Do-not-call and opt-out are honoured always.
 */
public record PressurePolicy(int maxAttemptsPer7Days, int cooldownDays) {

    public static final PressurePolicy DEFAULT = new PressurePolicy(9, 30);

    /** Why a contact cannot be enrolled now. */
    public enum Exclusion {
        OPTED_OUT, DO_NOT_CALL,
        /** The journalist said so on the platform's preferences page (no calls, email only, away, weekly cap reached). */
        PREFERENCE,
        NO_PHONE,
        /** A caller found the number wrong: left out until another number is entered. */
        WRONG_NUMBER,
        COOLDOWN, ACTIVE_SEQUENCE, WEEKLY_CAP,
        /** Not pressure but staffing: nobody on the campaign may call this contact (privileged, no chef). */
        NO_CALLER
    }

    /** What targeting knows of a contact, read in one query for the whole list. */
    public record Facts(boolean optedOut, boolean doNotCall, boolean hasPhone, boolean wrongNumber, Instant cooldownUntil,
                        boolean inActiveSequence, int attemptsLast7Days, boolean journalistPreference, boolean oneCallPerRelease) implements java.io.Serializable {

        /** Without journalists' preferences. */
        public Facts(boolean optedOut, boolean doNotCall, boolean hasPhone, boolean wrongNumber, Instant cooldownUntil,
                     boolean inActiveSequence, int attemptsLast7Days) {
            this(optedOut, doNotCall, hasPhone, wrongNumber, cooldownUntil, inActiveSequence, attemptsLast7Days, false, false);
        }
    }

    /** The first reason, in the order a user would want to read it, or none. */
    public Optional<Exclusion> exclusion(Facts f, Instant now) {
        if (f.optedOut()) {
            return Optional.of(Exclusion.OPTED_OUT);
        }
        if (f.doNotCall()) {
            return Optional.of(Exclusion.DO_NOT_CALL);
        }
        if (f.journalistPreference()) {
            return Optional.of(Exclusion.PREFERENCE);
        }
        if (!f.hasPhone()) {
            return Optional.of(Exclusion.NO_PHONE);
        }
        if (f.wrongNumber()) {
            return Optional.of(Exclusion.WRONG_NUMBER);
        }
        if (f.cooldownUntil() != null && f.cooldownUntil().isAfter(now)) {
            return Optional.of(Exclusion.COOLDOWN);
        }
        if (f.inActiveSequence()) {
            return Optional.of(Exclusion.ACTIVE_SEQUENCE);
        }
        if (f.attemptsLast7Days() >= maxAttemptsPer7Days) {
            return Optional.of(Exclusion.WEEKLY_CAP);
        }
        return Optional.empty();
    }

    /**
     * How many of a new sequence's planned slots, in order, stay within the cap, given the
     * attempts already made in the seven days before each slot: the engine never schedules past it.
     */
    public int slotsWithinCap(List<Instant> plannedSlots, List<Instant> pastAttempts) {
        List<Instant> counted = new ArrayList<>(pastAttempts);
        int kept = 0;
        for (Instant slot : plannedSlots) {
            Instant from = slot.minus(java.time.Duration.ofDays(7));
            long inWindow = counted.stream().filter(a -> a.isAfter(from) && !a.isAfter(slot)).count();
            if (inWindow >= maxAttemptsPer7Days) {
                break;
            }
            counted.add(slot);
            kept++;
        }
        return kept;
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (maxAttemptsPer7Days < 1 || maxAttemptsPer7Days > 30) {
            problems.add(new Problem("maxAttemptsPer7Days", "policy.cap.range", String.valueOf(maxAttemptsPer7Days)));
        }
        if (cooldownDays < 0 || cooldownDays > 365) {
            problems.add(new Problem("cooldownDays", "sequence.cooldown.range", String.valueOf(cooldownDays)));
        }
        return problems;
    }
}
