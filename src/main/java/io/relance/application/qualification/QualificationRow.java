package io.relance.application.qualification;

import io.relance.domain.qualification.PriorityRules.Reason;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.ProspectOutcome;
import io.relance.domain.qualification.Qualification;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A saved card: the answers, the priority the rules gave with their reasons, the priority kept (the
 * caller's override and its reason, if any), who qualified and when, and the outcome recorded later.
 */
public record QualificationRow(long id, long enrolmentId, Qualification answers, Priority rulesPriority, Priority priority,
                               List<Reason> reasons, String overrideReason, String qualifiedBy, Instant qualifiedAt,
                               ProspectOutcome outcome) implements Serializable {

    public boolean overridden() {
        return priority != rulesPriority;
    }

    public Priority.NextAction next() {
        return priority.next();
    }
}
