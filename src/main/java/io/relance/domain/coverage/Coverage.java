package io.relance.domain.coverage;

import io.relance.domain.tenant.AuthoredRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One article or broadcast obtained by a campaign: outlet, journalist, date, title, link, kind, audience, tone. */
@Entity
@Table(name = "coverage")
public class Coverage extends AuthoredRecord {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "outlet_id")
    private Long outletId;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 1000)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CoverageKind kind;

    private Long audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Tone tone;

    protected Coverage() {
    }

    public Coverage(long campaignId, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.campaignId = campaignId;
    }

    /** The piece as described (already validated). */
    public void describe(Long outletId, Long contactId, LocalDate publishedOn, String title, String url, CoverageKind kind,
                         Long audience, Tone tone) {
        this.outletId = outletId;
        this.contactId = contactId;
        this.publishedOn = publishedOn;
        this.title = title;
        this.url = url;
        this.kind = kind;
        this.audience = audience;
        this.tone = tone;
    }

    public long getCampaignId() { return campaignId; }
    public Long getOutletId() { return outletId; }
    public Long getContactId() { return contactId; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getTitle() { return title; }
    public String getUrl() { return url; }
    public CoverageKind getKind() { return kind; }
    public Long getAudience() { return audience; }
    public Tone getTone() { return tone; }
}
