package io.relance.domain.clientaccess;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShareLinkTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 31);

    @Test
    void opensThroughItsExpiryDayThenNoMore() {
        ShareLink link = new ShareLink(1, "t", EXPIRY, "chef", Instant.now());
        assertTrue(link.opensOn(EXPIRY.minusDays(30)));
        assertTrue(link.opensOn(EXPIRY), "the expiry day is included");
        assertFalse(link.opensOn(EXPIRY.plusDays(1)), "expired the day after");
    }

    @Test
    void aRevokedLinkNeverOpensAgain() {
        ShareLink link = new ShareLink(1, "t", EXPIRY, "chef", Instant.now());
        link.revoke(Instant.parse("2026-11-27T10:00:00Z"));
        assertFalse(link.opensOn(EXPIRY.minusDays(30)));
        Instant first = link.getRevokedAt();
        link.revoke(Instant.parse("2026-11-28T10:00:00Z"));
        assertTrue(first.equals(link.getRevokedAt()), "revoking twice keeps the first date");
    }
}
