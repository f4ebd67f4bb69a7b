package io.relance.domain.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The waits an email or an SMS goes through when its server or operator fails, try after try. */
class RetryPolicyTest {

    private static final RetryPolicy POLICY = RetryPolicy.STANDARD;

    @Test
    void theFirstRetryWaitsAMinuteThenEachWaitDoubles() {
        assertEquals(java.util.List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8)),
                IntStream.rangeClosed(1, 4).mapToObj(POLICY::delayAfter).toList());
    }

    @Test
    void theFifthFailedTryIsTheLast() {
        IntStream.rangeClosed(1, 4).forEach(tries -> assertFalse(POLICY.givesUpAfter(tries), "try " + tries + " is retried"));
        assertTrue(POLICY.givesUpAfter(5));
        assertTrue(POLICY.givesUpAfter(6), "a row tried more often (an older policy) is not retried forever");
    }

    @Test
    void theWaitStopsGrowingAtItsCap() {
        assertEquals(Duration.ofMinutes(64), POLICY.delayAfter(7));
        assertEquals(Duration.ofMinutes(64), POLICY.delayAfter(1000), "no overflow however many tries");
        assertEquals(Duration.ofMinutes(1), POLICY.delayAfter(0), "a row never counted waits the first delay");
    }

    @Test
    void aPolicyThatWouldNeverTryOrNeverWaitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ofMinutes(1), 6));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(5, Duration.ZERO, 6));
    }
}
