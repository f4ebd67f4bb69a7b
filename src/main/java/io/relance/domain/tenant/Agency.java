package io.relance.domain.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An agency that signed up. Not tenant-owned itself: it is the tenant. Its id is the slug chosen at
 * sign-up, which is also the value of the {@code tenant} claim and of every row's {@code tenant_id}.
 */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @Column(name = "id", length = 40)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false, length = 5)
    private String locale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Agency() {
    }

    public Agency(String slug, String name, String country, String locale, Instant createdAt) {
        this.slug = slug;
        this.name = name;
        this.country = country;
        this.locale = locale;
        this.createdAt = createdAt;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
