package io.relance.infrastructure.demo;

import io.relance.application.tenant.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The demo agency has no SMS operator: its anchor SMS would wait on the outbox forever. For the demo
 * to show what a real operator gives (the promise of "je vous appelle aujourd'hui" first in
 * Ma journée, "promesses tenues" in the bilan), a campaign's written SMS are recorded as having left
 * when they were due.
 */
@Stateless
@PermitAll
public class DemoPromises {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    /** The campaign's anchor SMS written so far are recorded as sent at their due time. */
    public int sent(long campaignId) {
        return em.createNativeQuery("UPDATE sms_outbox m JOIN enrolment e ON e.tenant_id = m.tenant_id AND e.id = m.enrolment_id "
                        + "SET m.status = 'SENT', m.sent_at = m.due_at WHERE m.tenant_id = :tenant AND e.campaign_id = :campaign "
                        + "AND m.status IN ('PENDING', 'HELD')")
                .setParameter("tenant", TenantContext.require()).setParameter("campaign", campaignId).executeUpdate();
    }
}
