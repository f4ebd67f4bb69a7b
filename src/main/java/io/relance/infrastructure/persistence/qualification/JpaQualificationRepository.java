package io.relance.infrastructure.persistence.qualification;

import io.relance.application.qualification.QualificationRepository;
import io.relance.application.qualification.QualificationRow;
import io.relance.domain.qualification.DecisionMaker;
import io.relance.domain.qualification.Horizon;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.PriorityRules;
import io.relance.domain.qualification.PriorityRules.Reason;
import io.relance.domain.qualification.ProspectOutcome;
import io.relance.domain.qualification.Qualification;
import io.relance.domain.qualification.QualificationInput;
import io.relance.domain.qualification.QualificationPolicy;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.JpaAdapter;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The agency's qualification settings (absent row: the defaults) and its cards, one per sequence.
 * Every statement carries the tenant; a card is written with INSERT … ON DUPLICATE KEY UPDATE so
 * that two saves of the same card (two tabs, a double click) leave one row.
 */
@ApplicationScoped
public class JpaQualificationRepository extends JpaAdapter implements QualificationRepository {

    private static final String CARD_COLUMNS = "SELECT id, enrolment_id, objectives, objective_text, deadline, horizon, "
            + "budget_min, budget_max, decision_maker, feeling, rules_priority, priority, reasons, override_reason, "
            + "qualified_by, qualified_at, outcome FROM qualification WHERE tenant_id = :tenant ";

    @Override
    public QualificationPolicy policy() {
        List<?> rows = sql("SELECT low_without_objective, low_without_deadline, high_within, "
                        + "high_needs_decision_maker, high_min_feeling, high_needs_budget, objective_choices, "
                        + "meeting_needs_qualification, meeting_minutes FROM qualification_policy WHERE tenant_id = :tenant")
                .getResultList();
        if (rows.isEmpty()) {
            return QualificationPolicy.DEFAULT;
        }
        Object[] r = (Object[]) rows.get(0);
        PriorityRules rules = new PriorityRules(Rows.bool(r[0]), Rows.bool(r[1]), Horizon.valueOf((String) r[2]),
                Rows.bool(r[3]), Rows.integer(r[4]), Rows.bool(r[5]));
        return new QualificationPolicy(rules, QualificationPolicy.choices((String) r[6]), Rows.bool(r[7]), Rows.integer(r[8]));
    }

    @Override
    public void savePolicy(QualificationPolicy p, Instant now) {
        PriorityRules r = p.rules();
        sql("INSERT INTO qualification_policy (tenant_id, low_without_objective, low_without_deadline, "
                        + "high_within, high_needs_decision_maker, high_min_feeling, high_needs_budget, objective_choices, "
                        + "meeting_needs_qualification, meeting_minutes, updated_at) VALUES (:tenant, :a, :b, :c, :d, :e, :f, "
                        + ":g, :h, :i, :now) ON DUPLICATE KEY UPDATE low_without_objective = :a, low_without_deadline = :b, "
                        + "high_within = :c, high_needs_decision_maker = :d, high_min_feeling = :e, high_needs_budget = :f, "
                        + "objective_choices = :g, meeting_needs_qualification = :h, meeting_minutes = :i, updated_at = :now")
                .setParameter("a", r.lowWithoutObjective())
                .setParameter("b", r.lowWithoutDeadline()).setParameter("c", r.highWithin().name())
                .setParameter("d", r.highNeedsDecisionMaker()).setParameter("e", r.highMinFeeling())
                .setParameter("f", r.highNeedsBudget()).setParameter("g", String.join("\n", p.objectiveChoices()))
                .setParameter("h", p.meetingNeedsQualification()).setParameter("i", p.meetingMinutes())
                .setParameter("now", Rows.at(now)).executeUpdate();
    }

    @Override
    public Optional<QualificationRow> ofEnrolment(long enrolmentId) {
        List<?> rows = sql(CARD_COLUMNS + "AND enrolment_id = :enrolment").setParameter("enrolment", enrolmentId).getResultList();
        return rows.stream().findFirst().map(r -> row((Object[]) r));
    }

    /** Where a card sits: its campaign and sequence (for the chef's views and the API). */
    public Optional<QualificationRow> find(long id) {
        List<?> rows = sql(CARD_COLUMNS + "AND id = :id").setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(r -> row((Object[]) r));
    }

    /** Writes the card of a sequence (first time or again), with the verdict and the priority kept. */
    @Override
    public void save(long campaignId, long enrolmentId, long contactId, Long callerId, QualificationInput input,
                     PriorityRules.Verdict verdict, String by, Instant now) {
        Qualification q = input.answers();
        sql("INSERT INTO qualification (tenant_id, campaign_id, enrolment_id, contact_id, caller_id, "
                        + "objectives, objective_text, deadline, horizon, budget_min, budget_max, decision_maker, feeling, "
                        + "rules_priority, priority, reasons, override_reason, qualified_by, qualified_at) VALUES (:tenant, "
                        + ":campaign, :enrolment, :contact, :caller, :objectives, :text, :deadline, :horizon, :bmin, :bmax, "
                        + ":dm, :feeling, :rules, :priority, :reasons, :why, :by, :now) ON DUPLICATE KEY UPDATE "
                        + "caller_id = :caller, objectives = :objectives, objective_text = :text, deadline = :deadline, "
                        + "horizon = :horizon, budget_min = :bmin, budget_max = :bmax, decision_maker = :dm, feeling = :feeling, "
                        + "rules_priority = :rules, priority = :priority, reasons = :reasons, override_reason = :why, "
                        + "qualified_by = :by, qualified_at = :now").setParameter("campaign", campaignId)
                .setParameter("enrolment", enrolmentId).setParameter("contact", contactId).setParameter("caller", callerId)
                .setParameter("objectives", q.objectives() == null || q.objectives().isEmpty() ? null : String.join("\n", q.objectives()))
                .setParameter("text", Rows.blankToNull(q.objectiveText())).setParameter("deadline", q.deadline())
                .setParameter("horizon", q.deadline() != null || q.horizon() == null ? null : q.horizon().name())
                .setParameter("bmin", q.budgetMin()).setParameter("bmax", q.budgetMax())
                .setParameter("dm", q.decisionMaker().name()).setParameter("feeling", q.feeling())
                .setParameter("rules", verdict.priority().name()).setParameter("priority", input.kept(verdict.priority()).name())
                .setParameter("reasons", reasons(verdict.reasons()))
                .setParameter("why", input.override() == null ? null : input.overrideReason().strip())
                .setParameter("by", by).setParameter("now", Rows.at(now)).executeUpdate();
    }

    /** The reasons as "key=value" lines: a few keys of our own, never typed text. */
    static String reasons(List<Reason> reasons) {
        return reasons.stream().map(r -> r.key() + "=" + r.value()).collect(Collectors.joining("\n"));
    }

    static List<Reason> reasons(String lines) {
        List<Reason> reasons = new ArrayList<>();
        if (lines != null && !lines.isBlank()) {
            for (String line : lines.split("\n")) {
                int eq = line.indexOf('=');
                reasons.add(eq < 0 ? new Reason(line, "") : new Reason(line.substring(0, eq), line.substring(eq + 1)));
            }
        }
        return reasons;
    }

    private static QualificationRow row(Object[] r) {
        List<String> objectives = r[2] == null ? List.of() : Arrays.asList(((String) r[2]).split("\n"));
        Qualification q = new Qualification(objectives, (String) r[3], Rows.date(r[4]),
                r[5] == null ? null : Horizon.valueOf((String) r[5]), Rows.lng(r[6]), Rows.lng(r[7]),
                DecisionMaker.valueOf((String) r[8]), Rows.integer(r[9]));
        return new QualificationRow(Rows.lng(r[0]), Rows.lng(r[1]), q, Priority.valueOf((String) r[10]),
                Priority.valueOf((String) r[11]), reasons((String) r[12]), (String) r[13], (String) r[14],
                Rows.instant(r[15]), r[16] == null ? null : ProspectOutcome.valueOf((String) r[16]));
    }
}
