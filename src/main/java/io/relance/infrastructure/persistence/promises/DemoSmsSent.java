package io.relance.infrastructure.persistence.promises;

import io.relance.infrastructure.persistence.JpaAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * For the demo agency only, which has no SMS operator: its anchor SMS would wait on the outbox
 * forever. For the demo to show what a real operator gives (the promise of "je vous appelle
 * aujourd'hui" first in Ma journée, "promesses tenues" in the bilan), a campaign's written SMS are
 * recorded as having left when they were due. No application code reaches this class.
 */
@ApplicationScoped
public class DemoSmsSent extends JpaAdapter {

    /** The campaign's anchor SMS written so far are recorded as sent at their due time. */
    @Transactional
    public int sent(long campaignId) {
        return sql("UPDATE sms_outbox m JOIN enrolment e ON e.tenant_id = m.tenant_id AND e.id = m.enrolment_id "
                + "SET m.status = 'SENT', m.sent_at = m.due_at WHERE m.tenant_id = :tenant AND e.campaign_id = :campaign "
                + "AND m.status IN ('PENDING', 'HELD')").setParameter("campaign", campaignId).executeUpdate();
    }
}
