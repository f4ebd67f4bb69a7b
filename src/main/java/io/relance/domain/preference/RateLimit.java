package io.relance.domain.preference;

import java.time.Duration;
import java.time.Instant;

/**
 * The page sends emails to whatever address is typed, to anyone: requests are counted per fixed
 * window, per client address and per email address, and refused beyond the limit.
 */
public record RateLimit(int perClient, int perAddress, Duration window) {

    public static final RateLimit DEFAULT = new RateLimit(20, 3, Duration.ofMinutes(15));

    /** The start of the window {@code now} falls in. */
    public Instant windowOf(Instant now) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(now.toEpochMilli() / size * size);
    }

    /** {@code hits} counts this request too. */
    public boolean allows(int clientHits, int addressHits) {
        return clientHits <= perClient && addressHits <= perAddress;
    }
}
