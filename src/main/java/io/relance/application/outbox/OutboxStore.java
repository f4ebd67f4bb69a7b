package io.relance.application.outbox;

import java.time.Instant;
import java.util.List;

/**
 * One channel's outbox as the shared round uses it. States: PENDING → SENDING (the claim, committed
 * before anything leaves, with a lease) → handed over (the lease dropped, committed just before the
 * message leaves) → SENT or FAILED. A SENDING message is never claimed again, so a crash between the
 * send and its commit cannot send it twice; one whose lease lapsed was never handed over, and waits again.
 */
public interface OutboxStore<M extends OutboxMessage> extends OutboxRows {

    /** The agencies with due messages whose circuit for this channel is not open (the one question across agencies). */
    List<String> tenantsWithDue(Instant now);

    /** Due messages of the current agency, claimed: SENDING under {@code lease} from now on, in this transaction. */
    List<M> claimDue(Instant now, int max, Instant lease);

    /**
     * In every agency, claimed messages whose lease lapsed before they were handed over (their node
     * died) wait again, as if never claimed; answers how many.
     */
    int releaseLapsed(Instant now);

    /** Handed over; {@code providerId} is the channel's id of it, when it gives one (else null). */
    void sent(long id, String providerId, Instant now);
}
