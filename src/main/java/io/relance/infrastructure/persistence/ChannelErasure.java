package io.relance.infrastructure.persistence;

import io.relance.infrastructure.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * GDPR erasure of what the channels kept of a person: the numbers, addresses and texts of their SMS
 * and emails, and their SMS replies. The rows stay (a bilan counts them); what is still waiting is
 * not sent any more.
 */
@ApplicationScoped
public class ChannelErasure {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    public void erase(long contactId) {
        // first what waits is stopped (constants only: MySQL's order of assignments does not matter), then blanked
        sql("UPDATE sms_outbox m JOIN enrolment e ON e.tenant_id = m.tenant_id AND e.id = m.enrolment_id SET m.status = 'FAILED', "
                + "m.last_error = 'erased' WHERE m.tenant_id = :tenant AND e.contact_id = :contact AND m.status = 'PENDING'", contactId);
        sql("UPDATE sms_outbox m JOIN enrolment e ON e.tenant_id = m.tenant_id AND e.id = m.enrolment_id SET m.to_number = '', "
                + "m.body = '' WHERE m.tenant_id = :tenant AND e.contact_id = :contact", contactId);
        sql("UPDATE sms_reply SET from_number = '', body = '' WHERE tenant_id = :tenant AND contact_id = :contact", contactId);
        sql("UPDATE mail_outbox SET status = 'FAILED', last_error = 'erased' WHERE tenant_id = :tenant AND contact_id = :contact "
                + "AND status = 'PENDING'", contactId);
        sql("UPDATE mail_outbox SET to_email = '', reply_to = NULL, body_text = '' WHERE tenant_id = :tenant AND contact_id = :contact",
                contactId);
    }

    private void sql(String statement, long contactId) {
        em.createNativeQuery(statement).setParameter("tenant", TenantContext.require()).setParameter("contact", contactId).executeUpdate();
    }
}
