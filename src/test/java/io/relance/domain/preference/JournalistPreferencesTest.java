package io.relance.domain.preference;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalistPreferencesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void theWeeklyCapCountsEveryAgencysCallsAndAppliesOnlyToThoseWhoAskedForIt() {
        JournalistPreferences two = new JournalistPreferences(false, false, 2, null, false, null);
        assertTrue(two.allowsAnotherCall(0));
        assertTrue(two.allowsAnotherCall(1));
        assertFalse(two.allowsAnotherCall(2), "two calls this week, from whichever agencies: no third");
        assertTrue(JournalistPreferences.NONE.allowsAnotherCall(50), "no cap asked for, none applied");
    }

    @Test
    void noCallsEmailOnlyAndAwayRefuseCalls() {
        assertTrue(new JournalistPreferences(true, false, null, null, false, null).refusesCalls(TODAY));
        assertTrue(new JournalistPreferences(false, false, null, null, true, null).refusesCalls(TODAY));
        assertTrue(new JournalistPreferences(false, false, null, TODAY, false, null).refusesCalls(TODAY), "away until today, included");
        assertFalse(new JournalistPreferences(false, false, null, TODAY.minusDays(1), false, null).refusesCalls(TODAY), "back");
        assertFalse(new JournalistPreferences(false, true, 3, null, false, "Mode").refusesCalls(TODAY));
    }

    @Test
    void oneCallPerRelease() {
        assertEquals(1, new JournalistPreferences(false, true, null, null, false, null).callsPerRelease(9));
        assertEquals(9, JournalistPreferences.NONE.callsPerRelease(9));
    }

    @Test
    void whatIsTypedIsChecked() {
        assertEquals("preferences.cap.range", new JournalistPreferences(false, false, 0, null, false, null).problems(TODAY).get(0).key());
        assertEquals("preferences.away.range", new JournalistPreferences(false, false, null, TODAY.plusYears(2), false, null)
                .problems(TODAY).get(0).key());
        assertEquals("preferences.topics.long", new JournalistPreferences(false, false, null, null, false, "x".repeat(501))
                .problems(TODAY).get(0).key());
        assertTrue(new JournalistPreferences(true, true, 20, TODAY.plusDays(10), true, "Mode").problems(TODAY).isEmpty());
    }

    @Test
    void aLinkServesOnceForThirtyMinutes() {
        Instant sent = Instant.parse("2026-11-24T08:40:00Z");
        Instant expires = sent.plus(LinkState.LIFETIME);
        assertEquals(LinkState.VALID, LinkState.of(expires, null, sent.plus(Duration.ofMinutes(29))));
        assertEquals(LinkState.EXPIRED, LinkState.of(expires, null, sent.plus(Duration.ofMinutes(30))));
        assertEquals(LinkState.USED, LinkState.of(expires, sent.plusSeconds(60), sent.plusSeconds(90)));
        assertEquals(LinkState.UNKNOWN, LinkState.of(null, null, sent));
    }

    @Test
    void theRateLimitCountsPerFixedWindow() {
        RateLimit limit = new RateLimit(20, 3, Duration.ofMinutes(15));
        assertEquals(Instant.parse("2026-11-24T08:30:00Z"), limit.windowOf(Instant.parse("2026-11-24T08:44:59Z")));
        assertTrue(limit.allows(20, 3));
        assertFalse(limit.allows(20, 4), "a fourth link for the same address within the window");
        assertFalse(limit.allows(21, 1), "the 21st request from the same client");
    }
}
