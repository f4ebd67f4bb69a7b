package io.relance.domain.preference;

import java.time.Duration;
import java.time.Instant;

/** What a one-time link is worth when it is followed: valid for 30 minutes, once. */
public enum LinkState {
    VALID, EXPIRED, USED, UNKNOWN;

    public static final Duration LIFETIME = Duration.ofMinutes(30);

    public static LinkState of(Instant expiresAt, Instant usedAt, Instant now) {
        if (expiresAt == null) {
            return UNKNOWN;
        }
        if (usedAt != null) {
            return USED;
        }
        return now.isBefore(expiresAt) ? VALID : EXPIRED;
    }
}
