package io.relance.infrastructure.persistence.coverage;

import io.relance.application.coverage.CoverageRepository;
import io.relance.application.coverage.CoverageRow;
import io.relance.domain.coverage.Coverage;
import io.relance.domain.coverage.CoverageKind;
import io.relance.domain.coverage.Tone;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.JpaEntities;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign's coverage with its outlet's and journalist's names, newest first, in one query; the
 * pieces themselves, and the outlets and journalists they name, through the tenant-filtered session.
 */
@ApplicationScoped
public class JpaCoverageRepository extends JpaEntities<Coverage> implements CoverageRepository {

    @Override
    public List<CoverageRow> of(long campaignId) {
        List<Object[]> rows = rows(sql("SELECT v.id, v.campaign_id, v.published_on, v.outlet_id, o.name, v.contact_id, "
                        + "c.first_name, c.last_name, v.title, v.url, v.kind, v.audience, v.tone FROM coverage v "
                        + "LEFT JOIN outlet o ON o.tenant_id = v.tenant_id AND o.id = v.outlet_id "
                        + "LEFT JOIN contact c ON c.tenant_id = v.tenant_id AND c.id = v.contact_id AND c.erased_at IS NULL "
                        + "WHERE v.tenant_id = :tenant AND v.campaign_id = :campaign ORDER BY v.published_on DESC, v.id DESC")
                .setParameter("campaign", campaignId));
        return rows.stream().map(r -> new CoverageRow(Rows.lng(r[0]), Rows.lng(r[1]), Rows.date(r[2]), Rows.lng(r[3]), (String) r[4],
                r[6] == null && r[7] == null ? null : Rows.lng(r[5]), r[6] == null && r[7] == null ? null : Rows.name(r[6], r[7]),
                (String) r[8], (String) r[9], CoverageKind.valueOf((String) r[10]), Rows.lng(r[11]), Tone.valueOf((String) r[12]))).toList();
    }

    /** Through the tenant-filtered session: a piece of another agency is not there. */
    @Override
    public Optional<Coverage> find(long id) {
        return byId(Coverage.class, id);
    }

    @Override
    public boolean outletExists(long outletId) {
        return exists("Outlet", outletId);
    }

    @Override
    public boolean contactExists(long contactId) {
        return exists("Contact", contactId);
    }

    @Override
    public Optional<Long> outletOf(long contactId) {
        return em.createQuery("select c.outlet.id from Contact c where c.id = :id", Long.class)
                .setParameter("id", contactId).getResultStream().filter(Objects::nonNull).findFirst();
    }
}
