package io.relance.domain.qualification;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The agency's rules, tuned by its directeur. A prospect without an objective or without a deadline
 * is low (when those rules are on); it is high only when its deadline is close enough and every
 * condition the agency asks for holds; anything else is medium. The verdict carries its reasons,
 * as message keys with their values, so that the caller sees why.
 */
public record PriorityRules(boolean lowWithoutObjective, boolean lowWithoutDeadline, Horizon highWithin,
                            boolean highNeedsDecisionMaker, int highMinFeeling, boolean highNeedsBudget) implements Serializable {

    public static final PriorityRules DEFAULT = new PriorityRules(true, true, Horizon.ONE_TO_THREE_MONTHS, true, 4, false);

    /** One reason of a verdict: a message key and the value it names. */
    public record Reason(String key, String value) implements Serializable {
    }

    /** A priority with its reasons. */
    public record Verdict(Priority priority, List<Reason> reasons) implements Serializable {
    }

    /** What is wrong with these rules, as message keys (empty: they can be saved). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (highWithin == null || highWithin == Horizon.NONE) {
            problems.add("qualification.rules.highWithin");
        }
        if (highMinFeeling < 1 || highMinFeeling > 5) {
            problems.add("qualification.rules.feeling");
        }
        return problems;
    }

    public Verdict judge(Qualification q, LocalDate today) {
        Horizon horizon = q.horizonOn(today);
        List<Reason> low = new ArrayList<>();
        if (lowWithoutObjective && !q.hasObjective()) {
            low.add(new Reason("qualification.reason.noObjective", ""));
        }
        if (lowWithoutDeadline && horizon == Horizon.NONE) {
            low.add(new Reason("qualification.reason.noDeadline", ""));
        }
        if (!low.isEmpty()) {
            return new Verdict(Priority.LOW, low);
        }
        List<Reason> missing = new ArrayList<>();
        if (!horizon.atLeastAsCloseAs(highWithin)) {
            missing.add(new Reason("qualification.reason.deadlineFar", horizon.name()));
        }
        if (highNeedsDecisionMaker && q.decisionMaker() != DecisionMaker.YES) {
            missing.add(new Reason("qualification.reason.notDecisionMaker",
                    q.decisionMaker() == null ? DecisionMaker.UNKNOWN.name() : q.decisionMaker().name()));
        }
        if (q.feeling() < highMinFeeling) {
            missing.add(new Reason("qualification.reason.feeling", q.feeling() + "/" + highMinFeeling));
        }
        if (highNeedsBudget && !q.hasBudget()) {
            missing.add(new Reason("qualification.reason.noBudget", ""));
        }
        if (!missing.isEmpty()) {
            return new Verdict(Priority.MEDIUM, missing);
        }
        return new Verdict(Priority.HIGH, List.of(new Reason("qualification.reason.deadlineClose", horizon.name()),
                new Reason("qualification.reason.allConditions", "")));
    }
}
