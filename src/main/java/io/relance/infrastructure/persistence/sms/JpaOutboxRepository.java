package io.relance.infrastructure.persistence.sms;

import io.relance.application.sms.OutboxRepository;
import io.relance.application.sms.OutboxRow;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The outbox of SMS, newest first, and what a preview needs (a contact's and the caller's names). */
@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @SuppressWarnings("unchecked")
    @Override
    public List<OutboxRow> page(int first, int size) {
        List<Object[]> rows = em.createNativeQuery("SELECT m.id, m.to_number, c.first_name, c.last_name, k.subject, m.body, "
                        + "m.encoding, m.segments, m.status, m.due_at, m.sent_at FROM sms_outbox m "
                        + "JOIN enrolment e ON e.tenant_id = m.tenant_id AND e.id = m.enrolment_id "
                        + "JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                        + "JOIN campaign k ON k.tenant_id = e.tenant_id AND k.id = e.campaign_id "
                        + "WHERE m.tenant_id = :tenant ORDER BY m.created_at DESC, m.id DESC LIMIT " + size + " OFFSET " + first)
                .setParameter("tenant", TenantContext.require()).getResultList();
        return rows.stream().map(r -> new OutboxRow(Rows.lng(r[0]), (String) r[1], Rows.name(r[2], r[3]),
                (String) r[4], (String) r[5], (String) r[6], Rows.integer(r[7]), (String) r[8], Rows.instant(r[9]),
                Rows.instant(r[10]))).toList();
    }

    @Override
    public long count() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sms_outbox WHERE tenant_id = :tenant")
                .setParameter("tenant", TenantContext.require()).getSingleResult()).longValue();
    }

    /** First and last name of the campaign's first target by name, or a sample person. */
    @SuppressWarnings("unchecked")
    @Override
    public String[] sampleContact(long campaignId) {
        List<Object[]> rows = em.createNativeQuery("SELECT c.first_name, c.last_name FROM campaign_target t JOIN contact c "
                        + "ON c.tenant_id = t.tenant_id AND c.id = t.contact_id WHERE t.tenant_id = :tenant AND t.campaign_id = :campaign "
                        + "AND c.erased_at IS NULL ORDER BY c.last_name, c.first_name LIMIT 1")
                .setParameter("tenant", TenantContext.require()).setParameter("campaign", campaignId).getResultList();
        if (rows.isEmpty()) {
            return new String[]{"Camille", "Durand"};
        }
        return new String[]{rows.get(0)[0] == null ? "" : (String) rows.get(0)[0], (String) rows.get(0)[1]};
    }

}
