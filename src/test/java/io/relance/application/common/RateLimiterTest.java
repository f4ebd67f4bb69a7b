package io.relance.application.common;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    private Instant now = Instant.parse("2026-12-04T10:00:10Z");

    private final Map<String, Long> settings = Map.of("relance.ratelimit.signup.per-network", 3L,
            "relance.ratelimit.signup.window-seconds", 60L);

    private RateLimiter limiter() {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new RateLimiter(clock, key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void theRequestAfterTheLimitIsRefusedUntilTheWindowEnds() {
        RateLimiter limiter = limiter();
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.hit("signup", "per-network", "203.0.113.7").allowed());
        }
        RateLimiter.Verdict refused = limiter.hit("signup", "per-network", "203.0.113.7");
        assertFalse(refused.allowed());
        assertEquals(50, refused.retryAfterSeconds(), "the window of 60 s began 10 s ago");
        assertTrue(limiter.hit("signup", "per-network", "198.51.100.1").allowed(), "another network has its own count");

        now = now.plus(Duration.ofSeconds(50));
        assertTrue(limiter.hit("signup", "per-network", "203.0.113.7").allowed(), "a new window");
    }

    @Test
    void anAreaWithoutALimitIsNotLimited() {
        RateLimiter limiter = limiter();
        for (int i = 0; i < 100; i++) {
            assertTrue(limiter.hit("share", "per-network", "203.0.113.7").allowed());
        }
    }
}
