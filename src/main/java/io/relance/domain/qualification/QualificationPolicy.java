package io.relance.domain.qualification;

import io.relance.domain.contact.Problem;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the directeur sets for prospect qualification: the priority rules, the common objectives a
 * caller ticks on the card, whether a meeting needs a high-priority card ("no meeting without
 * qualification", on by default), and the average meeting duration, travel included, that the
 * bilan counts the time saved in.
 */
public record QualificationPolicy(PriorityRules rules, List<String> objectiveChoices, boolean meetingNeedsQualification,
                                  int meetingMinutes) implements Serializable {

    public static final int MAX_CHOICES = 20;
    public static final int CHOICE_MAX = 80;

    public static final QualificationPolicy DEFAULT = new QualificationPolicy(PriorityRules.DEFAULT,
            List.of("Notoriété", "Lancement produit", "Relations presse", "Événement", "Recrutement", "Crise"), true, 150);

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        rules.problems().forEach(key -> problems.add(new Problem(key.substring(key.lastIndexOf('.') + 1), key, "")));
        if (meetingMinutes < 15 || meetingMinutes > 600) {
            problems.add(new Problem("meetingMinutes", "qualification.policy.minutes", String.valueOf(meetingMinutes)));
        }
        if (objectiveChoices.size() > MAX_CHOICES) {
            problems.add(new Problem("objectiveChoices", "qualification.policy.choices.many", String.valueOf(MAX_CHOICES)));
        }
        objectiveChoices.stream().filter(c -> c.length() > CHOICE_MAX).findFirst().ifPresent(c ->
                problems.add(new Problem("objectiveChoices", "qualification.policy.choices.long", c)));
        return problems;
    }

    /**
     * Why a meeting cannot be booked, as a message key (empty: it can). Under the policy a meeting
     * needs a card whose kept priority is high; only a directeur may book anyway, giving a reason.
     * {@code kept}: the card's priority, null when the prospect was not qualified.
     */
    public java.util.Optional<String> meetingRefusal(Priority kept, boolean directeur, boolean hasReason) {
        if (!meetingNeedsQualification || kept == Priority.HIGH) {
            return java.util.Optional.empty();
        }
        if (directeur) {
            return hasReason ? java.util.Optional.empty() : java.util.Optional.of("meeting.override.reason");
        }
        return java.util.Optional.of(kept == null ? "meeting.refused.unqualified" : "meeting.refused.priority");
    }

    /** The choices as typed one per line: trimmed, blank lines and repeats dropped. */
    public static List<String> choices(String lines) {
        LinkedHashSet<String> set = new LinkedHashSet<>();
        if (lines != null) {
            for (String line : lines.split("\\R")) {
                if (!line.isBlank()) {
                    set.add(line.strip());
                }
            }
        }
        return List.copyOf(set);
    }
}
