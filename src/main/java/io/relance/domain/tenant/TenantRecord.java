package io.relance.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * A tenant-owned row that keeps when it was written first ({@code created_at}, set once by the
 * constructor and never updated): the agency's records — campaigns, contacts, templates, links… —
 * as opposed to the engine's working rows (call tasks, attempts) that carry their own times.
 */
@MappedSuperclass
public abstract class TenantRecord extends TenantOwned {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** For JPA. */
    protected TenantRecord() {
    }

    protected TenantRecord(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
