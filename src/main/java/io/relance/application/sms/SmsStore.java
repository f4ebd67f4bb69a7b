package io.relance.application.sms;

import io.relance.application.outbox.OutboxMessage;
import io.relance.application.outbox.OutboxStore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SMS outbox and the agency's provider row: the shared outbox's states ({@link OutboxStore}),
 * then SENT → DELIVERED or FAILED as the operator's receipts tell. The agencies due are those with a
 * provider that sends.
 */
public interface SmsStore extends OutboxStore<SmsStore.Claimed> {

    /** A message claimed for sending. */
    record Claimed(long id, String toNumber, String body) implements OutboxMessage {
    }

    /** A page of the agency's outbox, newest first. */
    List<OutboxRow> page(int first, int size);

    long count();

    /** Agencies without an operator keep their due messages in the outbox; answers how many. */
    int keepInOutbox(Instant now);

    /** Answers how many messages the receipt matched (0: its message is not known yet). */
    int receipt(String providerId, boolean delivered, Instant now);

    /** Keeps a reply; answers the contact it came from (by mobile), if known. */
    Long reply(String fromE164, String body, boolean stop, Instant now);

    /** The agency's provider with its secret still encrypted, if it has one. */
    Optional<SmsProvider> provider();

    /** Saves the provider; its callback key is the one it carries (kept from the stored row, or new). */
    void saveProvider(SmsProvider p, String encryptedSecret, Instant now);

    /** The agency whose provider calls back with this key (the one lookup from outside any agency). */
    Optional<String> tenantOfHook(String hookKey);
}
