package io.relance.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * A refusal flag on a contact (do not call, opted out): whether it is up, since when and why.
 * The date stays while the flag stays up, however often the contact is saved; lowering the flag
 * forgets both. Immutable: each change answers a new flag.
 * <p>
 * Mapped after the contact's field: {@code doNotCall} maps {@code do_not_call_at} and
 * {@code do_not_call_reason} (persistence.xml's path naming); the contact names the boolean column.
 */
@Embeddable
public class Flag {

    @Column(nullable = false)
    private boolean raised;

    private Instant at;

    @Column(length = 160)
    private String reason;

    protected Flag() {
    }

    private Flag(boolean raised, Instant at, String reason) {
        this.raised = raised;
        this.at = at;
        this.reason = reason;
    }

    /** A flag that was never raised. */
    static Flag lowered() {
        return new Flag(false, null, null);
    }

    /** The flag as a form or a file says it is now: raised keeps its first date, lowered forgets it. */
    Flag set(boolean raise, String why, Instant now) {
        return raise ? new Flag(true, raised ? at : now, why) : lowered();
    }

    public boolean isRaised() {
        return raised;
    }

    public Instant at() {
        return at;
    }

    public String reason() {
        return reason;
    }
}
