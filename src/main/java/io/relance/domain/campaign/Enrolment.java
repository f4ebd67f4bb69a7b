package io.relance.domain.campaign;

import io.relance.domain.sequence.EnrolmentState;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.tenant.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A contact followed up in a campaign: its caller, where its sequence stands, and the rules it was
 * planned with (kept here, so that editing a template later does not change running sequences).
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends TenantRecord {

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "contact_id", nullable = false)
    private Long contactId;

    @Column(name = "caller_id")
    private Long callerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private EnrolmentStatus status = EnrolmentStatus.SCHEDULED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "pick_ups", nullable = false)
    private int pickUps;

    @Column(nullable = false)
    private int missed;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Column(name = "min_gap_minutes", nullable = false)
    private int minGapMinutes;

    @Column(name = "cooldown_days", nullable = false)
    private int cooldownDays;

    @Column(name = "callback_at")
    private Instant callbackAt;

    @Column(name = "sequence_over", nullable = false)
    private boolean sequenceOver;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** When the sequence ended and, when it ended early, who (a chef de projet's email, or what the person did) and why. */
    @Embedded
    private Stamp closed;

    /** The template's escalation, copied at launch (null: none). */
    @Column(name = "escalate_after")
    private Integer escalateAfter;

    /** When the remaining attempts went to a senior; from then on never to a stagiaire. */
    @Column(name = "escalated_at")
    private Instant escalatedAt;

    /** The last pause and the last resume of this one sequence: when, who, why (V20). */
    @Embedded
    private Stamp paused;

    @Embedded
    private Stamp resumed;

    protected Enrolment() {
    }

    public Enrolment(Long campaignId, Long contactId, Long callerId, SequencePlan plan, LocalDate firstDay,
                     Instant endsAt, Instant createdAt) {
        super(createdAt);
        this.campaignId = campaignId;
        this.contactId = contactId;
        this.callerId = callerId;
        this.maxAttempts = plan.maxAttempts();
        this.minGapMinutes = (int) plan.minGap().toMinutes();
        this.cooldownDays = plan.cooldownDays();
        this.firstDay = firstDay;
        this.endsAt = endsAt;
    }

    public EnrolmentState state() {
        return new EnrolmentState(status, attempts, pickUps, missed, callbackAt, sequenceOver);
    }

    /** Takes the next state of the machine; a closing state stamps the closing time. */
    public void moveTo(EnrolmentState next, Instant now) {
        if (!status.isClosed() && next.status().isClosed()) {
            Stamp was = Stamp.orNone(closed);
            closed = new Stamp(now, was.by(), was.reason());
        }
        status = next.status();
        attempts = next.attempts();
        pickUps = next.pickUps();
        missed = next.missed();
        callbackAt = next.callbackAt();
        sequenceOver = next.sequenceOver();
    }

    /** Records who ended the sequence and why (kept with its closing status). */
    public void closedBy(String who, String why) {
        this.closed = new Stamp(Stamp.orNone(closed).at(), who, why);
    }

    /** Resumed with its remaining attempts planned again until {@code endsAt}. */
    public void resumed(EnrolmentState next, Instant endsAt, Instant now, String who, String why) {
        moveTo(next, now);
        this.endsAt = endsAt;
        this.resumed = new Stamp(now, who, why);
    }

    /** Copies the template's escalation at launch, as the other rules are. */
    public void escalateWith(io.relance.domain.sequence.Escalation escalation) {
        this.escalateAfter = escalation.afterUnanswered();
    }

    /** Whether the attempts logged so far call for a senior, and it has not happened yet. */
    public boolean escalationDue() {
        return escalatedAt == null && new io.relance.domain.sequence.Escalation(escalateAfter).due(state());
    }

    public void escalated(Instant now) {
        this.escalatedAt = now;
    }

    public boolean isEscalated() { return escalatedAt != null; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public Integer getEscalateAfter() { return escalateAfter; }
    public Long getCampaignId() { return campaignId; }
    public Long getContactId() { return contactId; }
    public Long getCallerId() { return callerId; }
    public void assignTo(Long callerId) { this.callerId = callerId; }
    public EnrolmentStatus getStatus() { return status; }
    public int getMaxAttempts() { return maxAttempts; }
    public int getMinGapMinutes() { return minGapMinutes; }
    public int getCooldownDays() { return cooldownDays; }
    public LocalDate getFirstDay() { return firstDay; }
    public Instant getEndsAt() { return endsAt; }
    public Stamp closed() { return Stamp.orNone(closed); }
    public Stamp paused() { return Stamp.orNone(paused); }
    public Stamp resumed() { return Stamp.orNone(resumed); }
}
