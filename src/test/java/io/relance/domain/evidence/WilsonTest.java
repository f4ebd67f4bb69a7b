package io.relance.domain.evidence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bounds computed by hand from the formula (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), z = 1.96:
 * e.g. 8/20: p = 0.4, 1 + z²/n = 1.19208, centre 0.41611, half-width 0.19731.
 */
class WilsonTest {

    private static void bounds(long s, long n, double low, double high) {
        assertArrayEquals(new double[]{low, high}, Wilson.interval(s, n), 0.0005, s + "/" + n);
    }

    @Test
    void knownIntervals() {
        bounds(8, 20, 0.219, 0.613);
        bounds(50, 100, 0.404, 0.596);
        bounds(3, 20, 0.052, 0.360);
        bounds(12, 16, 0.505, 0.898);
    }

    @Test
    void theEdgesStayInsideZeroAndOne() {
        bounds(0, 10, 0.0, 0.278);
        bounds(10, 10, 0.722, 1.0);
        double[] none = Wilson.interval(0, 0);
        assertArrayEquals(new double[]{0, 1}, none, "nobody counted: nothing known");
    }

    @Test
    void moreDataNarrowsTheInterval() {
        double[] small = Wilson.interval(4, 10);
        double[] large = Wilson.interval(400, 1000);
        assertTrue(large[1] - large[0] < small[1] - small[0]);
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(5, 4));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(-1, 4));
    }

    @Test
    void aRateCarriesItsBoundsAndPercent() {
        Rate r = Rate.of(8, 20);
        assertEquals(0.4, r.rate(), 1e-9);
        assertEquals(40, r.percent());
        assertEquals(22, r.lowPercent());
        assertEquals(61, r.highPercent());
        assertEquals(Rate.of(9, 25), r.plus(Rate.of(1, 5)), "adding groups adds their counts");
    }
}
