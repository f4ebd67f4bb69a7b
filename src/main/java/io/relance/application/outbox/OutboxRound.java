package io.relance.application.outbox;

import io.relance.domain.outbox.RetryPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One agency's turn of an outbox round, the same for every channel: claim the due messages (the
 * claim commits SENDING and a lease, rows locked with SKIP LOCKED, before anything leaves); for each,
 * commit that it is being handed over (its lease dropped), hand it to its channel, then commit its
 * outcome: sent; or, for a transient failure, a retry after the {@link RetryPolicy}'s wait, or the
 * message given up; a permanent failure fails at once. If the outcome's commit is lost the message
 * stays SENDING and is never sent twice. If the node dies, the messages it claimed but had not
 * begun to hand over keep their lease ({@link OutboxLeases}), which lapses: each channel's sweep
 * (its store's {@code releaseLapsed}, every minute) puts them back to wait, and another node sends
 * them. Failures in a row open the agency's circuit for that channel: the messages not tried yet
 * wait, untouched. Each step that writes runs in its own transaction, which the {@link Turn} opens
 * ({@link OutboxDispatch}'s, through that bean's own proxy).
 */
public final class OutboxRound {

    /** The waits and the last try of every outbox. */
    public static final RetryPolicy POLICY = RetryPolicy.STANDARD;
    /** Failures in a row (after a gateway's own quick retries) that open an agency's circuit. */
    public static final int OPEN_AFTER = 3;
    public static final Duration OPEN_FOR = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(OutboxRound.class.getName());

    /** What a channel does at each step of its turn; the writing steps run in a new transaction. */
    public interface Turn<M> {

        Channel channel();

        /** Whether the agency's circuit for this channel is open (then nothing is claimed). */
        boolean circuitOpen();

        /** The due messages, claimed (SENDING under this turn's lease, committed). */
        List<M> claim();

        long id(M message);

        /**
         * Commits that the message is being handed over (its lease dropped: from now on it is never
         * sent again); false if this turn's lease on it lapsed and the sweep gave it back to wait.
         */
        boolean handing(M message);

        /** Hands the message to the channel; answers the provider's id of it, if it gives one. */
        String send(M message) throws SendFailed;

        void sent(M message, String providerId);

        /** Records a failed try: retry or give up ({@link #failedOnce}), and the circuit's count. */
        void failed(long id, SendFailed failure);

        /** Answers whether the circuit is now open. */
        boolean down(String error);

        void up();

        void release(List<Long> ids);
    }

    /** What an agency's turn did: how many messages left, and whether the server was not reached at all. */
    public record Outcome(int sent, boolean unreachable) {
    }

    private OutboxRound() {
    }

    public static <M> Outcome run(String tenant, Turn<M> turn) {
        if (turn.circuitOpen()) {
            return new Outcome(0, false);
        }
        List<M> claimed = turn.claim();
        String label = turn.channel().label();
        int sent = 0;
        boolean answered = false;
        for (int i = 0; i < claimed.size(); i++) {
            M m = claimed.get(i);
            long id = turn.id(m);
            if (!turn.handing(m)) {
                // this turn outlived its lease (a very slow channel): the message waits for another round
                LOG.warning(label + " " + id + " of " + tenant + " not sent: its claim lapsed, it waits again");
                continue;
            }
            String providerId;
            try {
                providerId = turn.send(m);
            } catch (SendFailed e) {
                LOG.warning(label + " " + id + " of " + tenant + " not sent: " + e.getMessage());
                turn.failed(id, e);
                boolean open = !e.isPermanent() && turn.down(e.getMessage());
                if (open || e.isUnreachable()) {
                    // the circuit is open, or nobody answered: the messages not yet tried go back to wait, untouched
                    turn.release(claimed.subList(i + 1, claimed.size()).stream().map(turn::id).toList());
                    if (answered) {
                        turn.up();
                    }
                    return new Outcome(sent, e.isUnreachable());
                }
                continue;
            }
            answered = true;
            try {
                turn.sent(m, providerId);
                sent++;
            } catch (RuntimeException e) {
                // sent, but not recorded: it stays SENDING and is never sent twice
                LOG.log(Level.WARNING, label + " " + id + " sent" + (providerId == null ? "" : " as " + providerId)
                        + " but not recorded", e);
            }
        }
        if (answered) {
            turn.up();
        }
        return new Outcome(sent, false);
    }

    /**
     * A failed try's outcome, in the caller's transaction: a permanent failure, or the policy's last
     * try, fails the message; any other waits the policy's delay.
     */
    public static void failedOnce(OutboxRows rows, long id, SendFailed failure, Instant now) {
        int tries = rows.tries(id);
        if (failure.isPermanent() || POLICY.givesUpAfter(tries)) {
            rows.failed(id, failure.getMessage(), now);
        } else {
            rows.retryAt(id, failure.getMessage(), now.plus(POLICY.delayAfter(tries)));
        }
    }
}
