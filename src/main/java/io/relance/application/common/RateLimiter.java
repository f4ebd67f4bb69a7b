package io.relance.application.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one rate limiter of the public endpoints (sign-up, share pages, unsubscribe, preferences):
 * fixed-window counters per area, scope and key (a client network, an email address).
 * <p>
 * In memory, per node: behind a load balancer with N nodes a client gets at most N times the limit,
 * which is still a limit, and a restart forgets the counts. Nothing is written to the database on a
 * request nobody is logged in for. Limits come from MicroProfile Config:
 * {@code relance.ratelimit.<area>.<scope>} (requests per window; 0 or less: no limit) and
 * {@code relance.ratelimit.<area>.window-seconds}, with defaults in microprofile-config.properties.
 */
@ApplicationScoped
public class RateLimiter {

    /** Allowed, or refused until {@code retryAfterSeconds} have passed. */
    public record Verdict(boolean allowed, long retryAfterSeconds) {
        public static final Verdict ALLOWED = new Verdict(true, 0);
    }

    private static final int SWEEP_ABOVE = 20_000;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Function<String, Optional<Long>> settings;

    public RateLimiter() {
        this(Clock.systemUTC(), key -> ConfigProvider.getConfig().getOptionalValue(key, Long.class));
    }

    /** For tests: a clock and settings of their own. */
    public RateLimiter(Clock clock, Function<String, Optional<Long>> settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Counts one request of {@code key} (e.g. a client network) in {@code area}'s {@code scope}
     * (e.g. "per-network") and says whether it is within the limit. A null key is not counted.
     */
    public Verdict hit(String area, String scope, String key) {
        long limit = settings.apply("relance.ratelimit." + area + "." + scope).orElse(0L);
        if (key == null || limit <= 0) {
            return Verdict.ALLOWED;
        }
        long windowMillis = Math.max(1, settings.apply("relance.ratelimit." + area + ".window-seconds").orElse(60L)) * 1000;
        long now = clock.millis();
        long start = now - Math.floorMod(now, windowMillis);
        if (counters.size() > SWEEP_ABOVE) {
            counters.values().removeIf(c -> c.start < start);
        }
        Counter counter = counters.compute(area + '|' + scope + '|' + key,
                (k, c) -> c == null || c.start != start ? new Counter(start, 1) : new Counter(start, c.hits + 1));
        if (counter.hits <= limit) {
            return Verdict.ALLOWED;
        }
        return new Verdict(false, Math.max(1, (start + windowMillis - now + 999) / 1000));
    }

    private record Counter(long start, long hits) {
    }
}
