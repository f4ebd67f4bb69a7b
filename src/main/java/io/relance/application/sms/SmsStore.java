package io.relance.application.sms;

import io.relance.application.outbox.OutboxRows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SMS outbox's states and the agency's provider row. A message goes PENDING → SENDING (committed
 * before the operator is called) → SENT → DELIVERED or FAILED; a SENDING message is never sent again,
 * so a crash between the send and its commit cannot send it twice.
 */
public interface SmsStore extends OutboxRows {

    /** A message claimed for sending. */
    record Claimed(long id, String toNumber, String body) {
    }

    /** Due messages of the current agency, claimed: SENDING from now on, in this transaction. */
    List<Claimed> claimDue(Instant now, int max);

    /** The agencies with messages due and a provider that sends, whose circuit is not open. */
    List<String> tenantsWithDueMessages(Instant now);

    /** Agencies without an operator keep their due messages in the outbox; answers how many. */
    int keepInOutbox(Instant now);

    void sent(long id, String providerId, Instant now);

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
