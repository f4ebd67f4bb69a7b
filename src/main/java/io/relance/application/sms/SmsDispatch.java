package io.relance.application.sms;

import io.relance.application.common.AppClock;
import io.relance.application.common.Secrets;
import io.relance.application.tenant.TenantScope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's due messages of the agencies that have a provider. Claiming commits the
 * SENDING state before the operator is called, and the send's outcome commits after it: if that
 * second commit is lost (a crash, a fault), the message stays SENDING and is never sent again.
 * Transient failures wait with a growing delay; after five tries the message has failed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsDispatch {

    private static final Logger LOG = Logger.getLogger(SmsDispatch.class.getName());
    static final int MAX_TRIES = 5;
    /** Failures in a row (after the gateway's own quick retries) that open an agency's circuit. */
    static final int OPEN_AFTER = 3;
    static final Duration OPEN_FOR = Duration.ofMinutes(5);
    static final int BATCH = 100;

    /** The claimed messages of one agency, with its provider (secret decrypted, in memory only). */
    public record Batch(SmsProvider provider, List<SmsStore.Claimed> messages) {
    }

    @Inject
    SmsStore store;

    @Inject
    SmsGateway gateway;

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
            sent += TenantScope.call(tenant, () -> sendBatch(tenant));
        }
        return sent;
    }

    private int sendBatch(String tenant) {
        Batch batch = self().claim();
        int sent = 0;
        boolean up = false;
        List<SmsStore.Claimed> messages = batch.messages();
        for (int i = 0; i < messages.size(); i++) {
            SmsStore.Claimed m = messages.get(i);
            try {
                String id = gateway.send(tenant, batch.provider(), m.toNumber(), m.body());
                try {
                    self().sent(m.id(), id);
                    sent++;
                    up = true;
                } catch (RuntimeException e) {
                    // sent, but not recorded: it stays SENDING and is never sent twice
                    LOG.log(Level.WARNING, "SMS " + m.id() + " sent as " + id + " but not recorded", e);
                }
            } catch (SmsGatewayException e) {
                LOG.warning("SMS " + m.id() + " of " + tenant + " not sent: " + e.getMessage());
                self().failedOnce(m.id(), e);
                if (!e.isPermanent() && self().gatewayDown(e.getMessage())) {
                    // the circuit is open: the messages not yet tried go back to wait, untouched
                    self().release(messages.subList(i + 1, messages.size()).stream().map(SmsStore.Claimed::id).toList());
                    break;
                }
            }
        }
        if (up) {
            self().gatewayUp();
        }
        return sent;
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
    public void failedOnce(long id, SmsGatewayException e) {
        int tries = store.tries(id);
        if (e.isPermanent() || tries >= MAX_TRIES) {
            store.failed(id, e.getMessage(), clock.now());
        } else {
            Instant next = clock.now().plus(Duration.ofMinutes(1L << Math.min(tries, 6)));
            store.retryAt(id, e.getMessage(), next);
        }
    }

    /** Answers whether the circuit is now open. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean gatewayDown(String error) {
        Instant now = clock.now();
        store.gatewayDown(error, OPEN_AFTER, now, now.plus(OPEN_FOR));
        return store.circuitOpen(now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(List<Long> ids) {
        store.release(ids);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void gatewayUp() {
        store.gatewayUp();
    }

    private SmsDispatch self() {
        return context.getBusinessObject(SmsDispatch.class);
    }
}
