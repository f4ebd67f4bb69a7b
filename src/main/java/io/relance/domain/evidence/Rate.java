package io.relance.domain.evidence;

import java.io.Serializable;

/**
 * {@code successes} out of {@code n} people, with the rate and its 95 % Wilson interval as numbers
 * (fractions of 1), so that pages, files and API clients read the same bounds.
 */
public record Rate(long n, long successes, double rate, double low, double high) implements Serializable {

    public static Rate of(long successes, long n) {
        double[] ci = Wilson.interval(successes, n);
        return new Rate(n, successes, n == 0 ? 0 : (double) successes / n, ci[0], ci[1]);
    }

    public static final Rate NONE = of(0, 0);

    public Rate plus(Rate other) {
        return of(successes + other.successes, n + other.n);
    }

    /** Whether the two intervals share a point: then the data cannot tell the two rates apart. */
    public boolean overlaps(Rate other) {
        return low <= other.high && other.low <= high;
    }

    /** The rate in whole percent (for labels; the bounds keep their decimals). */
    public long percent() {
        return Math.round(rate * 100);
    }

    public long lowPercent() {
        return Math.round(low * 100);
    }

    public long highPercent() {
        return Math.round(high * 100);
    }
}
