package io.relance.domain.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * Who did something to a campaign or a sequence (pause, resume, stop, an early end), when and why —
 * kept next to the status it led to, so that the bilan and the client page can say it. Each entity
 * maps it onto its own columns ({@code paused_at}, {@code paused_by}, {@code paused_reason}…);
 * Hibernate loads a stamp whose three columns are empty as {@code null}, hence the null-safe readers.
 */
@Embeddable
public class Stamp {

    @Column(name = "at")
    private Instant at;

    /** An email of the agency's staff, or what the person did ("SMS STOP"). */
    @Column(name = "by_whom", length = 254)
    private String by;

    @Column(name = "reason", length = 160)
    private String reason;

    protected Stamp() {
    }

    public Stamp(Instant at, String by, String reason) {
        this.at = at;
        this.by = by;
        this.reason = reason;
    }

    public static Instant at(Stamp stamp) {
        return stamp == null ? null : stamp.at;
    }

    public static String by(Stamp stamp) {
        return stamp == null ? null : stamp.by;
    }

    public static String reason(Stamp stamp) {
        return stamp == null ? null : stamp.reason;
    }
}
