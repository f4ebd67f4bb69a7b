package io.relance.domain.campaign;

import io.relance.domain.contact.CallWindows;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.tenant.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A sequence template of the agency, edited by the directeur. The preset "PRM 3×3" is not a row:
 * a campaign without a template follows {@link SequencePlan#PRM_3X3}.
 */
@Entity
@Table(name = "sequence_template")
public class SequenceTemplate extends TenantRecord {

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false)
    private int days;

    @Column(nullable = false, length = 120)
    private String slots;

    @Column(name = "min_gap_minutes", nullable = false)
    private int minGapMinutes;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Column(name = "sms_day", nullable = false)
    private int smsDay;

    @Column(name = "sms_lead_minutes", nullable = false)
    private int smsLeadMinutes;

    @Column(name = "cooldown_days", nullable = false)
    private int cooldownDays;

    @Column(name = "sms_template", length = 800)
    private String smsTemplate;

    /** After this many unanswered attempts the remaining ones go to a chef de projet (null: never). */
    @Column(name = "escalate_after")
    private Integer escalateAfter;

    protected SequenceTemplate() {
    }

    public SequenceTemplate(String name, SequencePlan plan, Instant createdAt) {
        super(createdAt);
        change(name, plan);
    }

    public final void change(String name, SequencePlan plan) {
        this.name = name;
        this.days = plan.days();
        this.slots = new CallWindows(plan.slots()).toString();
        this.minGapMinutes = (int) plan.minGap().toMinutes();
        this.maxAttempts = plan.maxAttempts();
        this.smsDay = plan.smsDay();
        this.smsLeadMinutes = (int) plan.smsLead().toMinutes();
        this.cooldownDays = plan.cooldownDays();
    }

    public SequencePlan plan() {
        return new SequencePlan(days, CallWindows.parse(slots).windows().windows(), Duration.ofMinutes(minGapMinutes),
                maxAttempts, smsDay, Duration.ofMinutes(smsLeadMinutes), cooldownDays);
    }

    public io.relance.domain.sequence.Escalation escalation() {
        return new io.relance.domain.sequence.Escalation(escalateAfter);
    }

    public void escalate(io.relance.domain.sequence.Escalation escalation) {
        this.escalateAfter = escalation.afterUnanswered();
    }

    public String getName() {
        return name;
    }

    /** The anchor SMS text of campaigns that follow this template and have none of their own (null: the default). */
    public String getSmsTemplate() {
        return smsTemplate;
    }

    public void writeSms(String text) {
        this.smsTemplate = text == null || text.isBlank() ? null : text.strip();
    }
}
