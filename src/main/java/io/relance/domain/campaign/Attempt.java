package io.relance.domain.campaign;

import io.relance.domain.sequence.Outcome;
import io.relance.domain.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/** One call tried by a caller, and what came of it: the facts the bilan counts. */
@Entity
@Table(name = "attempt")
public class Attempt extends TenantOwned {

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "contact_id", nullable = false)
    private Long contactId;

    @Column(name = "caller_id")
    private Long callerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Column(name = "day_no", nullable = false)
    private int day;

    @Column(name = "slot_no", nullable = false)
    private int slot;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "callback_at")
    private Instant callbackAt;

    protected Attempt() {
    }

    public Attempt(Enrolment enrolment, CallTask task, Long callerId, Outcome outcome, Instant madeAt, Instant callbackAt) {
        this.enrolmentId = enrolment.getId();
        this.taskId = task.getId();
        this.campaignId = enrolment.getCampaignId();
        this.contactId = enrolment.getContactId();
        this.callerId = callerId;
        this.outcome = outcome;
        this.day = task.getDay();
        this.slot = task.getSlot();
        this.madeAt = madeAt;
        this.callbackAt = callbackAt;
    }

    public Outcome getOutcome() { return outcome; }
    public Instant getMadeAt() { return madeAt; }
}
