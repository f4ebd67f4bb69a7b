package io.relance.application.outbox;

import java.time.Instant;
import java.util.List;

/** What every outbox's rows answer to once claimed (SENDING): a try counted, then a retry or a failure. */
public interface OutboxRows {

    /**
     * The message claimed under {@code lease} is being handed over: its lease is dropped (it is never
     * sent again); false if that lease lapsed and the message is no longer this claim's.
     */
    boolean handing(long id, Instant lease);

    /** How many times the message was claimed for sending (this try included). */
    int tries(long id);

    /** A transient failure: the message waits and is tried again at {@code at}. */
    void retryAt(long id, String error, Instant at);

    /** Given up: the message stays FAILED with what the server answered. */
    void failed(long id, String error, Instant now);

    /** Claimed messages never handed over wait again, as if not claimed. */
    void release(List<Long> ids);
}
