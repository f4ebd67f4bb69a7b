package io.relance.domain.sequence;

import io.relance.domain.contact.CallWindows;
import io.relance.domain.contact.Problem;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence template's rules: {@code days} business days, one attempt per slot each day, at least
 * {@code minGap} between two attempts, at most {@code maxAttempts}, the anchor SMS
 * {@code smsLead} before the first slot of day {@code smsDay} (0: no SMS), and the cooldown after
 * "non prioritaire". PRM 3×3 is the preset.
 */
public record SequencePlan(int days, List<CallWindows.Window> slots, Duration minGap, int maxAttempts,
                           int smsDay, Duration smsLead, int cooldownDays) implements java.io.Serializable {

    public static final LocalTime EARLIEST = LocalTime.of(8, 0);
    public static final LocalTime LATEST = LocalTime.of(20, 0);

    public static final SequencePlan PRM_3X3 = new SequencePlan(3, List.of(
            new CallWindows.Window(LocalTime.of(9, 30), LocalTime.of(11, 30)),
            new CallWindows.Window(LocalTime.of(14, 0), LocalTime.of(15, 30)),
            new CallWindows.Window(LocalTime.of(16, 30), LocalTime.of(18, 0))),
            Duration.ofHours(2), 9, 1, Duration.ofMinutes(15), 30);

    /** The same plan with the agency's cooldown (the preset follows the directeur's policy). */
    public SequencePlan withCooldown(int days) {
        return new SequencePlan(this.days, slots, minGap, maxAttempts, smsDay, smsLead, days);
    }

    public int attemptsPerDay() {
        return slots.size();
    }

    /** Every rule a directeur could break when editing a template, each with its message key. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (days < 1 || days > 10) {
            problems.add(new Problem("days", "sequence.days.range", String.valueOf(days)));
        }
        if (slots.isEmpty() || slots.size() > 6) {
            problems.add(new Problem("slots", "sequence.slots.count", String.valueOf(slots.size())));
        }
        for (int i = 0; i < slots.size(); i++) {
            CallWindows.Window w = slots.get(i);
            if (w.from().isBefore(EARLIEST) || w.to().isAfter(LATEST)) {
                problems.add(new Problem("slots", "sequence.slots.hours", w.toString()));
            }
            if (i > 0) {
                CallWindows.Window prev = slots.get(i - 1);
                if (!prev.to().isBefore(w.from()) && !prev.to().equals(w.from())) {
                    problems.add(new Problem("slots", "sequence.slots.order", w.toString()));
                } else if (!prev.from().plus(minGap).isBefore(w.to())) {
                    problems.add(new Problem("slots", "sequence.slots.gap", prev + " / " + w));
                }
            }
        }
        if (minGap.isNegative() || minGap.compareTo(Duration.ofHours(8)) > 0) {
            problems.add(new Problem("minGap", "sequence.gap.range", String.valueOf(minGap.toMinutes())));
        }
        if (maxAttempts < 1 || maxAttempts > days * Math.max(1, slots.size())) {
            problems.add(new Problem("maxAttempts", "sequence.maxAttempts.range", String.valueOf(maxAttempts)));
        }
        if (smsDay < 0 || smsDay > days) {
            problems.add(new Problem("smsDay", "sequence.smsDay.range", String.valueOf(smsDay)));
        }
        if (cooldownDays < 0 || cooldownDays > 365) {
            problems.add(new Problem("cooldownDays", "sequence.cooldown.range", String.valueOf(cooldownDays)));
        }
        return problems;
    }
}
