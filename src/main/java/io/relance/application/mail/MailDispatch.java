package io.relance.application.mail;

import io.relance.application.common.AppClock;
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
 * Sends the outbox's due emails through the server's SMTP session, the way the SMS leave: claiming
 * commits SENDING before the SMTP conversation and the outcome commits after it, so that a lost
 * second commit leaves the email SENDING and it is never sent twice. Transient failures wait
 * 1, 2, 4, 8 minutes; the fifth failure, or a permanent one, is FAILED with the server's answer.
 * Without SMTP on this server, due emails go to the outbox page (status OUTBOX).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatch {

    private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());
    static final int MAX_TRIES = 5;
    static final int BATCH = 50;

    @Inject
    MailStore store;

    @Inject
    MailGateway gateway;

    @Inject
    AppClock clock;

    @Resource
    SessionContext context;

    /** One round; answers how many emails left (or went to the outbox page). */
    public int dispatch() {
        Instant now = clock.now();
        if (!gateway.configured()) {
            return store.keepInOutbox(now);
        }
        int sent = 0;
        for (String tenant : store.tenantsWithDueMail(now)) {
            int[] batch = TenantScope.call(tenant, () -> sendBatch(tenant));
            sent += batch[0];
            if (batch[1] == 1) {
                break; // the SMTP server is unreachable: the next round tries again
            }
        }
        return sent;
    }

    /** Answers {sent, 1 if the server was unreachable}. */
    private int[] sendBatch(String tenant) {
        int sent = 0;
        List<Outgoing> claimed = self().claim();
        for (int i = 0; i < claimed.size(); i++) {
            Outgoing m = claimed.get(i);
            try {
                gateway.send(m.with(self().files(m.id())));
            } catch (MailGatewayException e) {
                LOG.warning("Email " + m.id() + " of " + tenant + " not sent: " + e.getMessage());
                self().failedOnce(m.id(), e);
                if (e.isUnreachable()) {
                    // one refused connection says it for all: the others wait, untried and uncounted
                    self().release(claimed.subList(i + 1, claimed.size()).stream().map(Outgoing::id).toList());
                    return new int[]{sent, 1};
                }
                continue;
            }
            try {
                self().sent(m.id());
                sent++;
            } catch (RuntimeException e) {
                // sent, but not recorded: it stays SENDING and is never sent twice
                LOG.log(Level.WARNING, "Email " + m.id() + " sent but not recorded", e);
            }
        }
        return new int[]{sent, 0};
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(List<Long> ids) {
        store.release(ids);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Outgoing> claim() {
        return store.claimDue(clock.now(), BATCH);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Attachment> files(long id) {
        return store.files(id);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id) {
        store.sent(id, clock.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failedOnce(long id, MailGatewayException e) {
        int tries = store.tries(id);
        if (e.isPermanent() || tries >= MAX_TRIES) {
            store.failed(id, e.getMessage(), clock.now());
        } else {
            store.retryAt(id, e.getMessage(), clock.now().plus(backoff(tries)));
        }
    }

    /** After the n-th failed try: 1, 2, 4, 8 minutes. */
    static Duration backoff(int tries) {
        return Duration.ofMinutes(1L << Math.min(Math.max(tries - 1, 0), 6));
    }

    private MailDispatch self() {
        return context.getBusinessObject(MailDispatch.class);
    }
}
