package io.relance.application.outbox;

import io.relance.application.common.AppClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The leases of claimed messages, for every outbox (the agencies' SMS and emails, the platform's own
 * emails). A claim holds its messages for {@code relance.outbox.lease-seconds} (15 minutes: far
 * longer than a batch takes, each message bounded by its channel's timeouts) until each is handed
 * over. A node that dies mid-batch leaves the rest of its claim SENDING under a lease that lapses;
 * each channel's sweep ({@code releaseLapsed}) puts those messages back to wait, and any node sends
 * them — never one already handed over, which may have left.
 */
@Stateless
@PermitAll
public class OutboxLeases {

    @Inject
    @ConfigProperty(name = "relance.outbox.lease-seconds", defaultValue = "900")
    long leaseSeconds;

    @Inject
    AppClock clock;

    /**
     * The lease of a claim made now: also the claim's token, so kept at the database's precision
     * (milliseconds); a later claim of the same message, after a sweep, holds a later lease.
     */
    public Instant fromNow() {
        return clock.now().plusSeconds(leaseSeconds).truncatedTo(ChronoUnit.MILLIS);
    }
}
