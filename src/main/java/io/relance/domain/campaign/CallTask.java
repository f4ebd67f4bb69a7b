package io.relance.domain.campaign;

import io.relance.domain.sequence.TaskStatus;
import io.relance.domain.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One line of a caller's queue: a slot of an enrolment, or a booked callback. Written in batches
 * by the scheduler and moved by the engine (open, missed); a logged attempt marks it done.
 */
@Entity
@Table(name = "call_task")
public class CallTask extends TenantOwned {

    public static final String SLOT = "SLOT";
    public static final String CALLBACK = "CALLBACK";

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(name = "caller_id")
    private Long callerId;

    @Column(nullable = false, length = 10)
    private String kind;

    @Column(name = "day_no", nullable = false)
    private int day;

    @Column(name = "slot_no", nullable = false)
    private int slot;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(nullable = false, length = 10)
    private String status;

    protected CallTask() {
    }

    /** A booked callback, open from its time for two hours. */
    public static CallTask callback(Enrolment enrolment, int day, Instant at) {
        CallTask t = new CallTask();
        t.enrolmentId = enrolment.getId();
        t.callerId = enrolment.getCallerId();
        t.kind = CALLBACK;
        t.day = day;
        t.slot = 0;
        t.opensAt = at;
        t.closesAt = at.plus(java.time.Duration.ofHours(2));
        t.status = TaskStatus.PLANNED.name();
        return t;
    }

    public boolean isOpen() {
        return TaskStatus.OPEN.name().equals(status);
    }

    public void done() {
        status = TaskStatus.DONE.name();
    }

    public Long getEnrolmentId() { return enrolmentId; }
    public Long getCallerId() { return callerId; }
    public String getKind() { return kind; }
    public int getDay() { return day; }
    public int getSlot() { return slot; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public String getStatus() { return status; }
}
