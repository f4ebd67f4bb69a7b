package io.relance.application.outbox;

import java.time.Instant;
import java.util.List;

/**
 * One channel's outbox as the shared round uses it. States: PENDING → SENDING (the claim, committed
 * before anything leaves) → SENT or FAILED; a SENDING message is never claimed again, so a crash
 * between the send and its commit cannot send it twice.
 */
public interface OutboxStore<M extends OutboxMessage> extends OutboxRows {

    /** The agencies with due messages whose circuit for this channel is not open (the one question across agencies). */
    List<String> tenantsWithDue(Instant now);

    /** Due messages of the current agency, claimed: SENDING from now on, in this transaction. */
    List<M> claimDue(Instant now, int max);

    /** Handed over; {@code providerId} is the channel's id of it, when it gives one (else null). */
    void sent(long id, String providerId, Instant now);
}
