package io.relance.domain.qualification;

import io.relance.domain.contact.Problem;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A card as the caller filled it: the prospect's answers, and optionally a priority of the caller's
 * own instead of the rules' one, which then needs a reason (kept, and shown in the bilan).
 */
public record QualificationInput(Qualification answers, Priority override, String overrideReason) implements Serializable {

    static final int TEXT_MAX = 1000;
    static final int REASON_MAX = 500;

    /** What is wrong, field by field; {@code choices}: the agency's objectives, the only ones that can be ticked. */
    public List<Problem> problems(LocalDate today, List<String> choices) {
        List<Problem> problems = new ArrayList<>();
        Qualification q = answers;
        if (q.objectives() != null) {
            q.objectives().stream().filter(o -> !choices.contains(o)).findFirst().ifPresent(o ->
                    problems.add(new Problem("objectives", "qualification.objective.unknown", o)));
        }
        if (q.objectiveText() != null && q.objectiveText().length() > TEXT_MAX) {
            problems.add(new Problem("objectiveText", "qualification.objective.long", String.valueOf(TEXT_MAX)));
        }
        if (q.deadline() != null && q.deadline().isBefore(today)) {
            problems.add(new Problem("deadline", "qualification.deadline.past", q.deadline().toString()));
        }
        if ((q.budgetMin() != null && q.budgetMin() < 0) || (q.budgetMax() != null && q.budgetMax() < 0)) {
            problems.add(new Problem("budget", "qualification.budget.negative", ""));
        } else if (q.budgetMin() != null && q.budgetMax() != null && q.budgetMin() > q.budgetMax()) {
            problems.add(new Problem("budget", "qualification.budget.order", q.budgetMin() + " > " + q.budgetMax()));
        }
        if (q.decisionMaker() == null) {
            problems.add(new Problem("decisionMaker", "qualification.decisionMaker.required", ""));
        }
        if (q.feeling() < 1 || q.feeling() > 5) {
            problems.add(new Problem("feeling", "qualification.feeling.range", String.valueOf(q.feeling())));
        }
        if (override != null && (overrideReason == null || overrideReason.isBlank())) {
            problems.add(new Problem("overrideReason", "qualification.override.reason", ""));
        } else if (overrideReason != null && overrideReason.length() > REASON_MAX) {
            problems.add(new Problem("overrideReason", "qualification.override.long", String.valueOf(REASON_MAX)));
        }
        return problems;
    }

    /** The priority kept: the caller's when they chose one, else the rules'. */
    public Priority kept(Priority byRules) {
        return override != null ? override : byRules;
    }
}
