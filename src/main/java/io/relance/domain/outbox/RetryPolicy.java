package io.relance.domain.outbox;

import java.time.Duration;

/**
 * How long something that failed waits before it is tried again, and when it is given up: the
 * first wait is one minute and each failure doubles it (1, 2, 4, 8 minutes); the fifth failed try
 * is the last. One policy for the email and SMS outboxes, the platform's preference emails and the
 * engine's steps (whose statement is given this policy's first wait and doublings), so that nothing
 * waits differently depending on its channel.
 */
public record RetryPolicy(int maxTries, Duration first, int maxDoublings) {

    /** The house's policy: five tries, one minute doubled each time (capped at 64 minutes). */
    public static final RetryPolicy STANDARD = new RetryPolicy(5, Duration.ofMinutes(1), 6);

    public RetryPolicy {
        if (maxTries < 1 || first.isNegative() || first.isZero() || maxDoublings < 0 || maxDoublings > 30) {
            throw new IllegalArgumentException("maxTries >= 1, first > 0, 0 <= maxDoublings <= 30");
        }
    }

    /** Whether a transient failure at the {@code tries}-th try (counted from 1) is the last one. */
    public boolean givesUpAfter(int tries) {
        return tries >= maxTries;
    }

    /** The wait after the {@code tries}-th failed try (counted from 1): the first wait, doubled each time. */
    public Duration delayAfter(int tries) {
        return first.multipliedBy(1L << Math.min(Math.max(tries - 1, 0), maxDoublings));
    }
}
