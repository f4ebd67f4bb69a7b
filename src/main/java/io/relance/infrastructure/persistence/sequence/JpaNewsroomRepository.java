package io.relance.infrastructure.persistence.sequence;

import io.relance.application.sequence.NewsroomNote;
import io.relance.application.sequence.NewsroomRepository;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.sequence.NewsroomRule;
import io.relance.application.tenant.TenantContext;
import io.relance.application.campaigns.CampaignRepository;
import io.relance.domain.sequence.Outcome;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.SequenceSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * A newsroom within a campaign: the colleagues of a journalist (same outlet) followed up in the
 * same campaign, and what they answered. Read through the (tenant_id, outlet_id) index of contacts
 * and the campaign's unique (tenant_id, campaign_id, contact_id) key of enrolments.
 */
@ApplicationScoped
public class JpaNewsroomRepository implements NewsroomRepository {

    /** Answers that speak for a newsroom, and those a caller should read first. */
    private static final String EXPLICIT = "('YES','NO','LATER','REGISTERED','DECISION')";

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @jakarta.inject.Inject
    CampaignRepository campaigns;

    /** The open sequences, in the same campaign, of the colleagues of this enrolment's contact. */
    @SuppressWarnings("unchecked")
    @Override
    public List<Long> colleagues(long enrolmentId) {
        return ((List<Object>) em.createNativeQuery("SELECT e2.id FROM enrolment e "
                        + "JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                        + "JOIN contact c2 ON c2.tenant_id = c.tenant_id AND c2.outlet_id = c.outlet_id AND c2.id <> c.id "
                        + "JOIN enrolment e2 ON e2.tenant_id = c2.tenant_id AND e2.campaign_id = e.campaign_id AND e2.contact_id = c2.id "
                        + "WHERE e.tenant_id = :tenant AND e.id = :id AND c.outlet_id IS NOT NULL "
                        + "AND e2.status IN (" + SequenceSql.OPEN_SEQUENCES + ") ORDER BY e2.id")
                .setParameter("tenant", TenantContext.require()).setParameter("id", enrolmentId).getResultList())
                .stream().map(Rows::lng).toList();
    }

    /** What the colleagues of a contact answered in a campaign, newest first. */
    @SuppressWarnings("unchecked")
    @Override
    public List<NewsroomNote> said(long campaignId, long contactId, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT c2.first_name, c2.last_name, o.name, a.outcome, a.made_at, s.first_name "
                        + "FROM contact c JOIN contact c2 ON c2.tenant_id = c.tenant_id AND c2.outlet_id = c.outlet_id AND c2.id <> c.id "
                        + "JOIN outlet o ON o.tenant_id = c.tenant_id AND o.id = c.outlet_id "
                        + "JOIN attempt a ON a.tenant_id = c2.tenant_id AND a.contact_id = c2.id AND a.campaign_id = :campaign "
                        + "LEFT JOIN staff_member s ON s.tenant_id = a.tenant_id AND s.id = a.caller_id "
                        + "WHERE c.tenant_id = :tenant AND c.id = :contact AND a.outcome IN " + EXPLICIT
                        + " ORDER BY a.made_at DESC, a.id DESC LIMIT " + max)
                .setParameter("campaign", campaignId).setParameter("tenant", TenantContext.require())
                .setParameter("contact", contactId).getResultList();
        return rows.stream().map(r -> new NewsroomNote(Rows.name(r[0], r[1]), (String) r[2], Outcome.valueOf((String) r[3]),
                Rows.instant(r[4]), (String) r[5])).toList();
    }

    @Override
    public boolean isPress(long campaignId) {
        return campaigns.require(campaignId).getKind() != CampaignKind.COMMERCIAL_OFFER;
    }

    @Override
    public NewsroomRule rule() {
        return campaigns.policy().newsroom();
    }
}
