package io.relance.application.sms;

import io.relance.application.common.AppClock;
import io.relance.application.common.Secrets;
import io.relance.application.outbox.Channel;
import io.relance.application.outbox.Circuits;
import io.relance.application.outbox.OutboxRound;
import io.relance.application.outbox.SendFailed;
import io.relance.application.tenant.TenantScope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Sends the outbox's due messages of the agencies that have a provider, the way emails leave
 * ({@link OutboxRound}: SENDING committed before the operator is called, the retry policy, the
 * agency's circuit and its alert). What is the SMS's own: the agencies without an operator keep
 * their messages in the outbox, and each agency's provider (its secret decrypted, in memory only)
 * is read with the claim.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsDispatch {

    static final int BATCH = 100;

    /** The claimed messages of one agency, with its provider (secret decrypted, in memory only). */
    public record Batch(SmsProvider provider, List<SmsStore.Claimed> messages) {
    }

    @Inject
    SmsStore store;

    @Inject
    SmsGateway gateway;

    @Inject
    Circuits circuits;

    @Inject
    Secrets secrets;

    @Inject
    AppClock clock;

    @Resource
    SessionContext context;

    /** One round: due messages go to the agency's operator, or to its outbox; answers how many left. */
    public int dispatch() {
        int sent = store.keepInOutbox(clock.now());
        for (String tenant : store.tenantsWithDueMessages(clock.now())) {
            sent += TenantScope.call(tenant, () -> OutboxRound.run(tenant, new Turn(tenant)).sent());
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean circuitOpen() {
        return circuits.open(Channel.SMS, clock.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch claim() {
        SmsProvider stored = store.provider().orElseThrow();
        SmsProvider provider = stored.withPassword(stored.password() == null ? null : secrets.decrypt(stored.password()));
        return new Batch(provider, store.claimDue(clock.now(), BATCH));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id, String providerId) {
        store.sent(id, providerId, clock.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failedOnce(long id, SendFailed e) {
        OutboxRound.failedOnce(store, id, e, clock.now());
    }

    /** Answers whether the agency's SMS circuit is now open. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean gatewayDown(String error) {
        Instant now = clock.now();
        circuits.down(Channel.SMS, error, OutboxRound.OPEN_AFTER, now, now.plus(OutboxRound.OPEN_FOR));
        return circuits.open(Channel.SMS, now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(List<Long> ids) {
        store.release(ids);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void gatewayUp() {
        circuits.up(Channel.SMS);
    }

    /** The SMS's side of the round; every step that writes goes through this bean's own transactions. */
    private final class Turn implements OutboxRound.Turn<SmsStore.Claimed> {

        private final SmsDispatch self = context.getBusinessObject(SmsDispatch.class);
        private final String tenant;
        private SmsProvider provider;

        Turn(String tenant) {
            this.tenant = tenant;
        }

        @Override
        public Channel channel() {
            return Channel.SMS;
        }

        @Override
        public boolean circuitOpen() {
            return self.circuitOpen();
        }

        @Override
        public List<SmsStore.Claimed> claim() {
            Batch batch = self.claim();
            provider = batch.provider();
            return batch.messages();
        }

        @Override
        public long id(SmsStore.Claimed m) {
            return m.id();
        }

        @Override
        public String send(SmsStore.Claimed m) throws SendFailed {
            try {
                return gateway.send(tenant, provider, m.toNumber(), m.body());
            } catch (SmsGatewayException e) {
                // an operator is the agency's own: one that does not answer stops nobody else's round
                throw new SendFailed(e.getMessage(), e.isPermanent(), false, e);
            }
        }

        @Override
        public void sent(SmsStore.Claimed m, String providerId) {
            self.sent(m.id(), providerId);
        }

        @Override
        public void failed(long id, SendFailed failure) {
            self.failedOnce(id, failure);
        }

        @Override
        public boolean down(String error) {
            return self.gatewayDown(error);
        }

        @Override
        public void up() {
            self.gatewayUp();
        }

        @Override
        public void release(List<Long> ids) {
            self.release(ids);
        }
    }
}
