package io.relance.domain.qualification;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a prospect answered: objectives (the agency's common choices ticked, and free text), a
 * deadline (a date or a horizon), an optional budget range in euros, whether they decide, and the
 * caller's feeling from 1 (cold) to 5 (eager).
 */
public record Qualification(List<String> objectives, String objectiveText, LocalDate deadline, Horizon horizon,
                            Long budgetMin, Long budgetMax, DecisionMaker decisionMaker, int feeling) implements Serializable {

    public boolean hasObjective() {
        return (objectives != null && !objectives.isEmpty()) || (objectiveText != null && !objectiveText.isBlank());
    }

    public boolean hasBudget() {
        return budgetMin != null || budgetMax != null;
    }

    /** The deadline as a horizon: the date if one was given, else the horizon heard. */
    public Horizon horizonOn(LocalDate today) {
        return deadline != null ? Horizon.of(deadline, today) : horizon == null ? Horizon.NONE : horizon;
    }
}
