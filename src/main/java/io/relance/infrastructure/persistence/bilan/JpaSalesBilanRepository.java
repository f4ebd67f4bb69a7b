package io.relance.infrastructure.persistence.bilan;

import io.relance.application.bilan.SalesBilan;
import io.relance.application.bilan.SalesBilanRepository;
import io.relance.application.qualification.QualificationRepository;
import io.relance.domain.qualification.MeetingStatus;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.ProspectOutcome;
import io.relance.domain.sales.SalesKind;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.JpaAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counted facts of a commercial offer's sales bilan, grouped in the database (three small
 * queries whatever the number of prospects): qualified prospects, sales emails, meetings.
 */
@ApplicationScoped
public class JpaSalesBilanRepository extends JpaAdapter implements SalesBilanRepository {

    @Inject
    QualificationRepository qualifications;

    /**
     * Prospects grouped by kept priority, override, outcome and whether a meeting that was not
     * cancelled exists for their sequence (a meeting booked by a directeur's override has no card
     * id, but always its enrolment).
     */
    @Override
    public List<SalesBilan.Prospects> prospects(long campaignId) {
        List<Object[]> rows = rows(sql("SELECT p.priority, p.overridden, p.outcome, p.has_meeting, COUNT(*) FROM ("
                        + "SELECT q.priority, q.priority <> q.rules_priority AS overridden, q.outcome, EXISTS (SELECT 1 FROM meeting m "
                        + "WHERE m.tenant_id = q.tenant_id AND m.enrolment_id = q.enrolment_id AND m.status <> 'CANCELLED') AS has_meeting "
                        + "FROM qualification q WHERE q.tenant_id = :tenant AND q.campaign_id = :campaign) p "
                        + "GROUP BY p.priority, p.overridden, p.outcome, p.has_meeting").setParameter("campaign", campaignId));
        List<SalesBilan.Prospects> facts = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            facts.add(new SalesBilan.Prospects(Priority.valueOf((String) r[0]), Rows.bool(r[1]),
                    r[2] == null ? null : ProspectOutcome.valueOf((String) r[2]), Rows.bool(r[3]), Rows.lng(r[4])));
        }
        return facts;
    }

    /** The campaign's quotes and proposals that were sent or are on their way (a failed one was not sent), by kind. */
    @Override
    public Map<SalesKind, Long> salesEmails(long campaignId) {
        List<Object[]> rows = rows(sql("SELECT kind, COUNT(*) FROM mail_outbox WHERE tenant_id = :tenant "
                        + "AND campaign_id = :campaign AND kind IN ('" + SalesKind.QUOTE + "', '" + SalesKind.PROPOSAL + "') "
                        + "AND status <> 'FAILED' GROUP BY kind").setParameter("campaign", campaignId));
        Map<SalesKind, Long> counts = new EnumMap<>(SalesKind.class);
        rows.forEach(r -> counts.put(SalesKind.valueOf((String) r[0]), Rows.lng(r[1])));
        return counts;
    }

    @Override
    public Map<MeetingStatus, Long> meetings(long campaignId) {
        List<Object[]> rows = rows(sql("SELECT status, COUNT(*) FROM meeting WHERE tenant_id = :tenant "
                        + "AND campaign_id = :campaign GROUP BY status").setParameter("campaign", campaignId));
        Map<MeetingStatus, Long> counts = new EnumMap<>(MeetingStatus.class);
        rows.forEach(r -> counts.put(MeetingStatus.valueOf((String) r[0]), Rows.lng(r[1])));
        return counts;
    }

    /** The agency's policy as the qualification settings read it: one place decides the default. */
    @Override
    public int meetingMinutes() {
        return qualifications.policy().meetingMinutes();
    }
}
