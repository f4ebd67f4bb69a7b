package io.relance.application.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * The time every scheduling decision reads. The system clock in production; an integration test
 * swaps in a clock of its own (in the container) to run three days of sequence in seconds.
 */
@ApplicationScoped
public class AppClock {

    private volatile Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    /** Today's date where the agency works (the day a caller's queue is "today"). */
    public java.time.LocalDate today(java.time.ZoneId zone) {
        return now().atZone(zone).toLocalDate();
    }

    /** Replaces the clock (tests move time forward with a fixed or offset clock). */
    public void use(Clock clock) {
        this.clock = clock;
    }
}
