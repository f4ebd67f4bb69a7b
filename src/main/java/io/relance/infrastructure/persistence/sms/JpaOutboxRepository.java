package io.relance.infrastructure.persistence.sms;

import io.relance.application.sms.OutboxRepository;
import io.relance.application.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** What a preview needs: a contact's name (the campaign's first target, or a sample person). */
@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

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
