package io.relance.application.mail;

import io.relance.application.common.AppClock;
import io.relance.application.outbox.Channel;
import io.relance.application.outbox.OutboxDispatch;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sends the outbox's due emails through the server's SMTP session, agency by agency, by the shared
 * round ({@link OutboxDispatch}: SENDING committed before the SMTP conversation, the retry policy,
 * the agency's circuit and its alert). What is the email's own: the files read just before an email
 * leaves (not with the claimed batch: a batch of quotes holds megabytes). Without SMTP on this
 * server, due emails go to the outbox page (status OUTBOX).
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
    OutboxDispatch outbox;

    @Inject
    AppClock clock;

    /** One round; answers how many emails left (or went to the outbox page). */
    public int dispatch() {
        if (!gateway.configured()) {
            return store.keepInOutbox(clock.now());
        }
        OutboxDispatch.Sender<Outgoing> smtp = m -> {
            gateway.send(m.with(outbox.inTransaction(() -> store.files(m.id()))));
            return null;
        };
        return outbox.dispatch(Channel.EMAIL, store, BATCH, () -> smtp);
    }

    /** In every agency, emails a stopped node claimed but never handed over wait again (their lease lapsed); answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int releaseLapsed() {
        return store.releaseLapsed(clock.now());
    }
}
