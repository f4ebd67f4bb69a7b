package io.relance.application.outbox;

import io.relance.application.common.AppClock;
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
import java.util.function.Supplier;

/**
 * The round of an outbox, written once for every channel: agency by agency (those with due messages
 * and a closed circuit), an {@link OutboxRound} whose writing steps each commit in their own
 * transaction through this bean's proxy, under one lease per agency's turn ({@link OutboxLeases}).
 * A channel supplies its store and how one message leaves; the retry policy, the circuit and its
 * alert are the same for all. Nothing here holds a transaction while a message leaves.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatch {

    /** How one message leaves through the channel (no transaction is open). */
    @FunctionalInterface
    public interface Sender<M> {

        /** Answers the channel's id of the message, if it gives one (else null). */
        String send(M message) throws SendFailed;
    }

    @Inject
    Circuits circuits;

    @Inject
    AppClock clock;

    @Inject
    OutboxLeases leases;

    @Resource
    SessionContext context;

    /**
     * One round of the channel's outbox; answers how many messages left. {@code senders} is asked,
     * in each agency's scope, how that agency's messages leave (an SMS operator is the agency's own).
     * A server that does not answer at all ends the round: it is the same for every agency.
     */
    public <M extends OutboxMessage> int dispatch(Channel channel, OutboxStore<M> store, int batch, Supplier<Sender<M>> senders) {
        return across(context.getBusinessObject(OutboxDispatch.class), channel, store, batch, senders);
    }

    /** The round, each writing step through {@code self} (the bean's proxy; the bean itself in a unit test). */
    <M extends OutboxMessage> int across(OutboxDispatch self, Channel channel, OutboxStore<M> store, int batch,
                                         Supplier<Sender<M>> senders) {
        int sent = 0;
        for (String tenant : store.tenantsWithDue(clock.now())) {
            OutboxRound.Outcome outcome = TenantScope.call(tenant, () -> OutboxRound.run(tenant,
                    new StoreTurn<>(self, channel, store, batch, leases.fromNow(), senders.get())));
            sent += outcome.sent();
            if (outcome.unreachable()) {
                break; // the next round tries again
            }
        }
        return sent;
    }

    /** Runs {@code work} in a transaction of its own (a read the channel needs just before sending). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean circuitOpen(Channel channel) {
        return circuits.open(channel, clock.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <M extends OutboxMessage> List<M> claim(OutboxStore<M> store, int max, Instant lease) {
        return store.claimDue(clock.now(), max, lease);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean handing(OutboxStore<?> store, long id, Instant lease) {
        return store.handing(id, lease);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(OutboxStore<?> store, long id, String providerId) {
        store.sent(id, providerId, clock.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(OutboxStore<?> store, long id, SendFailed failure) {
        OutboxRound.failedOnce(store, id, failure, clock.now());
    }

    /** Answers whether the agency's circuit for the channel is now open. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean down(Channel channel, String error) {
        Instant now = clock.now();
        circuits.down(channel, error, OutboxRound.OPEN_AFTER, now, now.plus(OutboxRound.OPEN_FOR));
        return circuits.open(channel, now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void up(Channel channel) {
        circuits.up(channel);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(OutboxStore<?> store, List<Long> ids) {
        store.release(ids);
    }

    /** An agency's turn of a channel's outbox: the store's rows, the channel's sender, the steps' transactions. */
    private record StoreTurn<M extends OutboxMessage>(OutboxDispatch steps, Channel channel, OutboxStore<M> store, int batch,
                                                      Instant lease, Sender<M> sender) implements OutboxRound.Turn<M> {

        @Override
        public boolean circuitOpen() {
            return steps.circuitOpen(channel);
        }

        @Override
        public List<M> claim() {
            return steps.claim(store, batch, lease);
        }

        @Override
        public boolean handing(M message) {
            return steps.handing(store, message.id(), lease);
        }

        @Override
        public long id(M message) {
            return message.id();
        }

        @Override
        public String send(M message) throws SendFailed {
            return sender.send(message);
        }

        @Override
        public void sent(M message, String providerId) {
            steps.sent(store, message.id(), providerId);
        }

        @Override
        public void failed(long id, SendFailed failure) {
            steps.failed(store, id, failure);
        }

        @Override
        public boolean down(String error) {
            return steps.down(channel, error);
        }

        @Override
        public void up() {
            steps.up(channel);
        }

        @Override
        public void release(List<Long> ids) {
            steps.release(store, ids);
        }
    }
}
