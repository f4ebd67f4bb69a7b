package io.relance.domain.contact;

import io.relance.domain.tenant.TenantRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An outlet a journalist worked for before ("ancien média"): journalists move between newsrooms,
 * and the agency keeps who they knew them as. The name is kept as it was then (the outlet may be
 * renamed or deleted later); {@code from} is unknown (null) for what came before anyone recorded it.
 */
@Entity
@Table(name = "contact_former_outlet")
public class FormerOutlet extends TenantRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id", nullable = false, updatable = false)
    private Contact contact;

    @Column(name = "outlet_id", updatable = false)
    private Long outletId;

    @Column(name = "outlet_name", nullable = false, updatable = false, length = 160)
    private String outletName;

    @Column(name = "from_at", updatable = false)
    private Instant fromAt;

    @Column(name = "until_at", nullable = false, updatable = false)
    private Instant untilAt;

    protected FormerOutlet() {
    }

    FormerOutlet(Contact contact, Outlet outlet, Instant from, Instant until) {
        super(until);
        this.contact = contact;
        this.outletId = outlet.getId();
        this.outletName = outlet.getName();
        this.fromAt = from;
        this.untilAt = until;
    }

    public Long getOutletId() {
        return outletId;
    }

    public String getOutletName() {
        return outletName;
    }

    public Instant getFrom() {
        return fromAt;
    }

    public Instant getUntil() {
        return untilAt;
    }
}
