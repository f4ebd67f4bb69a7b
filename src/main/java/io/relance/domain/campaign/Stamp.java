package io.relance.domain.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * Who did something to a campaign or a sequence (pause, resume, stop, an early end), when and why —
 * kept next to the status it led to, so that the bilan and the client page can say it.
 * <p>
 * Its columns are named after the entity's field: {@code paused} maps {@code paused_at},
 * {@code paused_by}, {@code paused_reason} (persistence.xml names an embeddable's columns by their
 * path), so an entity declares a stamp with {@code @Embedded} and nothing else. Hibernate loads a
 * stamp whose three columns are empty as {@code null}: entities answer {@link #NONE} instead.
 */
@Embeddable
public class Stamp {

    /** Nothing done yet: every part null. Never stored in an entity, only answered. */
    public static final Stamp NONE = new Stamp(null, null, null);

    private Instant at;

    /** An email of the agency's staff, or what the person did ("SMS STOP"). */
    @Column(length = 254)
    private String by;

    @Column(length = 160)
    private String reason;

    protected Stamp() {
    }

    public Stamp(Instant at, String by, String reason) {
        this.at = at;
        this.by = by;
        this.reason = reason;
    }

    /** The stamp as loaded, {@link #NONE} for an empty one. */
    public static Stamp orNone(Stamp stamp) {
        return stamp == null ? NONE : stamp;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String reason() {
        return reason;
    }
}
