package io.relance.infrastructure.persistence;

import io.relance.application.coverage.CoverageRow;
import io.relance.domain.coverage.CoverageKind;
import io.relance.domain.coverage.Tone;
import io.relance.application.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** A campaign's coverage with its outlet's and journalist's names, newest first, in one query. */
@ApplicationScoped
public class CoverageRepository {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<CoverageRow> of(long campaignId) {
        List<Object[]> rows = em.createNativeQuery("SELECT v.id, v.campaign_id, v.published_on, v.outlet_id, o.name, v.contact_id, "
                        + "c.first_name, c.last_name, v.title, v.url, v.kind, v.audience, v.tone FROM coverage v "
                        + "LEFT JOIN outlet o ON o.tenant_id = v.tenant_id AND o.id = v.outlet_id "
                        + "LEFT JOIN contact c ON c.tenant_id = v.tenant_id AND c.id = v.contact_id AND c.erased_at IS NULL "
                        + "WHERE v.tenant_id = :tenant AND v.campaign_id = :campaign ORDER BY v.published_on DESC, v.id DESC")
                .setParameter("tenant", TenantContext.require()).setParameter("campaign", campaignId).getResultList();
        return rows.stream().map(r -> new CoverageRow(Rows.lng(r[0]), Rows.lng(r[1]), Rows.date(r[2]), Rows.lng(r[3]), (String) r[4],
                r[6] == null && r[7] == null ? null : Rows.lng(r[5]), r[6] == null && r[7] == null ? null : Rows.name(r[6], r[7]),
                (String) r[8], (String) r[9], CoverageKind.valueOf((String) r[10]), Rows.lng(r[11]), Tone.valueOf((String) r[12]))).toList();
    }
}
