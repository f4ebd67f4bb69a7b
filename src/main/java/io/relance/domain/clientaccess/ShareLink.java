package io.relance.domain.clientaccess;

import io.relance.domain.tenant.AuthoredRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A campaign's read-only page behind a random link: valid until its expiry day, revocable, counted. */
@Entity
@Table(name = "share_link")
public class ShareLink extends AuthoredRecord {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(nullable = false, length = 43, updatable = false)
    private String token;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(nullable = false)
    private int opens;

    @Column(name = "last_opened_at")
    private Instant lastOpenedAt;

    protected ShareLink() {
    }

    public ShareLink(long campaignId, String token, LocalDate expiresOn, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.campaignId = campaignId;
        this.token = token;
        this.expiresOn = expiresOn;
    }

    /** Whether the link opens the page on this day (the expiry day included). */
    public boolean opensOn(LocalDate day) {
        return revokedAt == null && !day.isAfter(expiresOn);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public long getCampaignId() { return campaignId; }
    public String getToken() { return token; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public Instant getRevokedAt() { return revokedAt; }
    public int getOpens() { return opens; }
    public Instant getLastOpenedAt() { return lastOpenedAt; }
}
