package io.relance.application.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * The circuit of the current agency for one channel: failures in a row open it, and while it is
 * open the agency's messages of that channel wait untried and its chefs and directeur are told
 * ({@link #outage}). The first answer closes it.
 */
public interface Circuits {

    /** One more failure in a row; from {@code threshold} on, the circuit stays open until {@code openUntil}. */
    void down(Channel channel, String error, int threshold, Instant now, Instant openUntil);

    /** The channel answered: the circuit closes, the alert goes. */
    void up(Channel channel);

    /** Whether the circuit is open now. */
    boolean open(Channel channel, Instant now);

    /** The outage shown to the agency while the circuit is open, if it is. */
    Optional<Outage> outage(Channel channel);
}
