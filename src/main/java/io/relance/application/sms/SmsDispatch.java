package io.relance.application.sms;

import io.relance.application.common.AppClock;
import io.relance.application.common.Secrets;
import io.relance.application.outbox.Channel;
import io.relance.application.outbox.OutboxDispatch;
import io.relance.application.tenant.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sends the outbox's due messages of the agencies that have a provider, by the shared round
 * ({@link OutboxDispatch}: SENDING committed before the operator is called, the retry policy, the
 * agency's circuit and its alert). What is the SMS's own: the agencies without an operator keep
 * their messages in the outbox, and each agency's provider (its secret decrypted, in memory only)
 * is read before its turn.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsDispatch {

    static final int BATCH = 100;

    @Inject
    SmsStore store;

    @Inject
    SmsGateway gateway;

    @Inject
    OutboxDispatch outbox;

    @Inject
    Secrets secrets;

    @Inject
    AppClock clock;

    /** One round: due messages go to the agency's operator, or to its outbox; answers how many left. */
    public int dispatch() {
        int sent = store.keepInOutbox(clock.now());
        return sent + outbox.dispatch(Channel.SMS, store, BATCH, () -> {
            String tenant = TenantContext.require();
            SmsProvider provider = outbox.inTransaction(this::provider);
            return m -> gateway.send(tenant, provider, m.toNumber(), m.body());
        });
    }

    /** The current agency's provider, its secret decrypted (in memory only). */
    private SmsProvider provider() {
        SmsProvider stored = store.provider().orElseThrow();
        return stored.withPassword(stored.password() == null ? null : secrets.decrypt(stored.password()));
    }

    /** In every agency, SMS a stopped node claimed but never handed over wait again (their lease lapsed); answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int releaseLapsed() {
        return store.releaseLapsed(clock.now());
    }
}
