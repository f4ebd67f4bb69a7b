package io.relance.application.sms;

import io.relance.application.common.AppClock;
import io.relance.application.sequence.OptOuts;
import io.relance.domain.sms.StopWords;
import io.relance.application.tenant.TenantScope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * What comes back from an operator, for the agency whose session received it (the tenant comes
 * from the session, never from the message): a receipt updates its message; "STOP" opts the person
 * out of every campaign at once; any other reply is kept for the caller to read. The tenant is set
 * before each transaction opens (the session's tenant is fixed when it opens).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsInbound {

    @Inject
    SmsStore store;

    @Inject
    OptOuts optOuts;

    @Inject
    AppClock clock;

    @Resource
    SessionContext context;

    public void receipt(String tenant, String providerId, boolean delivered) {
        TenantScope.run(tenant, () -> self().receiptNow(providerId, delivered));
    }

    public void reply(String tenant, String fromE164, String body) {
        TenantScope.run(tenant, () -> self().replyNow(fromE164, body));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void receiptNow(String providerId, boolean delivered) {
        if (store.receipt(providerId, delivered, clock.now()) == 0) {
            // the receipt beat the commit of its message: refused, the operator delivers it again
            throw new ReceiptTooEarly(providerId);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void replyNow(String fromE164, String body) {
        boolean stop = StopWords.asksToStop(body);
        Long contact = store.reply(fromE164, body, stop, clock.now());
        if (stop && contact != null) {
            optOuts.everywhere(contact, "STOP par SMS", "SMS");
        }
    }

    private SmsInbound self() {
        return context.getBusinessObject(SmsInbound.class);
    }
}
