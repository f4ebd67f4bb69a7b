package io.relance.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * A record a person of the agency wrote (a campaign, a share link, a piece of coverage, a sales
 * template, an import): who ({@code created_by}, an email, kept even when that person leaves) as well
 * as when. Set once by the constructor, never updated.
 */
@MappedSuperclass
public abstract class AuthoredRecord extends TenantRecord {

    @Column(name = "created_by", length = 254, updatable = false)
    private String createdBy;

    /** For JPA. */
    protected AuthoredRecord() {
    }

    protected AuthoredRecord(String createdBy, Instant createdAt) {
        super(createdAt);
        this.createdBy = createdBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
