package io.relance.domain.evidence;

/**
 * The Wilson score interval of a proportion: unlike "p ± 1.96·√(p(1−p)/n)" it stays inside [0, 1] and
 * means something for small groups and for rates near 0 or 100 %, which is what an agency's history
 * of a few dozen contacts per group is made of.
 */
public final class Wilson {

    /** 95 % two-sided. */
    public static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    /** [low, high] of {@code successes} out of {@code n} at 95 %; [0, 1] when nobody was counted (nothing is known). */
    public static double[] interval(long successes, long n) {
        return interval(successes, n, Z95);
    }

    public static double[] interval(long successes, long n, double z) {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException(successes + " out of " + n);
        }
        if (n == 0) {
            return new double[]{0, 1};
        }
        double p = (double) successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        // rounding must not push a bound past what a proportion can be
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }
}
