package io.relance.application.mail;

import io.relance.application.common.AppClock;
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
 * Sends the outbox's due emails through the server's SMTP session, agency by agency, the way the
 * SMS leave ({@link OutboxRound}: SENDING committed before the SMTP conversation, the retry policy,
 * the agency's circuit and its alert). What is the email's own: the files read just before an email
 * leaves, and a server that does not answer at all ends the round (it is the same for everyone).
 * Without SMTP on this server, due emails go to the outbox page (status OUTBOX).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatch {

    static final int BATCH = 50;

    @Inject
    MailStore store;

    @Inject
    MailGateway gateway;

    @Inject
    Circuits circuits;

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
            OutboxRound.Outcome outcome = TenantScope.call(tenant, () -> OutboxRound.run(tenant, new Turn()));
            sent += outcome.sent();
            if (outcome.unreachable()) {
                break; // the SMTP server is unreachable: the next round tries again
            }
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean circuitOpen() {
        return circuits.open(Channel.EMAIL, clock.now());
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
    public void failedOnce(long id, SendFailed e) {
        OutboxRound.failedOnce(store, id, e, clock.now());
    }

    /** Answers whether the agency's email circuit is now open. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean gatewayDown(String error) {
        Instant now = clock.now();
        circuits.down(Channel.EMAIL, error, OutboxRound.OPEN_AFTER, now, now.plus(OutboxRound.OPEN_FOR));
        return circuits.open(Channel.EMAIL, now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void gatewayUp() {
        circuits.up(Channel.EMAIL);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(List<Long> ids) {
        store.release(ids);
    }

    /** The email's side of the round; every step that writes goes through this bean's own transactions. */
    private final class Turn implements OutboxRound.Turn<Outgoing> {

        private final MailDispatch self = context.getBusinessObject(MailDispatch.class);

        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public boolean circuitOpen() {
            return self.circuitOpen();
        }

        @Override
        public List<Outgoing> claim() {
            return self.claim();
        }

        @Override
        public long id(Outgoing m) {
            return m.id();
        }

        @Override
        public String send(Outgoing m) throws SendFailed {
            try {
                gateway.send(m.with(self.files(m.id())));
                return null;
            } catch (MailGatewayException e) {
                throw new SendFailed(e.getMessage(), e.isPermanent(), e.isUnreachable(), e);
            }
        }

        @Override
        public void sent(Outgoing m, String providerId) {
            self.sent(m.id());
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
