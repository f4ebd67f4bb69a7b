package io.relance.infrastructure.persistence.bilan;

import io.relance.application.bilan.BilanRepository;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.JpaAdapter;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The counted facts of a campaign's bilan, grouped by caller, slot and periodicity in the database:
 * attempts by outcome, missed slots, enrolments by status. The service folds them into lines.
 */
@ApplicationScoped
public class JpaBilanRepository extends JpaAdapter implements BilanRepository {

    private static final String CONTACT = "JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
            + "LEFT JOIN outlet o ON o.tenant_id = c.tenant_id AND o.id = c.outlet_id ";

    @Override
    public List<Fact> of(long campaignId) {
        List<Fact> facts = new ArrayList<>();
        read(facts, Kind.ATTEMPT, "SELECT a.outcome, a.caller_id, a.slot_no, o.periodicity, COUNT(*) FROM attempt a "
                + "JOIN enrolment e ON e.tenant_id = a.tenant_id AND e.id = a.enrolment_id " + CONTACT
                + "WHERE a.tenant_id = :tenant AND a.campaign_id = :campaign GROUP BY a.outcome, a.caller_id, a.slot_no, o.periodicity", campaignId);
        read(facts, Kind.MISSED, "SELECT 'MISSED', t.caller_id, t.slot_no, o.periodicity, COUNT(*) FROM call_task t "
                + "JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id " + CONTACT
                + "WHERE e.tenant_id = :tenant AND e.campaign_id = :campaign AND t.status = 'MISSED' "
                + "GROUP BY t.caller_id, t.slot_no, o.periodicity", campaignId);
        read(facts, Kind.ENROLMENT, "SELECT e.status, e.caller_id, NULL, o.periodicity, COUNT(*) FROM enrolment e " + CONTACT
                + "WHERE e.tenant_id = :tenant AND e.campaign_id = :campaign GROUP BY e.status, e.caller_id, o.periodicity", campaignId);
        return facts;
    }

    /** The outlets of a campaign's contacts, and those where someone picked up: {followed, reached}. */
    @Override
    public long[] outlets(long campaignId) {
        Object[] r = (Object[]) sql("SELECT COUNT(DISTINCT c.outlet_id), COUNT(DISTINCT CASE WHEN e.pick_ups > 0 "
                        + "THEN c.outlet_id END) FROM enrolment e JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                        + "WHERE e.tenant_id = :tenant AND e.campaign_id = :campaign")
                .setParameter("campaign", campaignId).getSingleResult();
        return new long[]{Rows.lng(r[0]), Rows.lng(r[1])};
    }

    /** Attempts and enrolments by outlet (the client reads its answers per outlet, never per person). */
    @Override
    public List<Keyed> byOutlet(long campaignId) {
        List<Keyed> facts = new ArrayList<>();
        readKeyed(facts, Kind.ATTEMPT, "SELECT a.outcome, COALESCE(o.name, ''), COUNT(*) FROM attempt a "
                + "JOIN enrolment e ON e.tenant_id = a.tenant_id AND e.id = a.enrolment_id " + CONTACT
                + "WHERE a.tenant_id = :tenant AND a.campaign_id = :campaign GROUP BY a.outcome, o.name", campaignId);
        readKeyed(facts, Kind.ENROLMENT, "SELECT e.status, COALESCE(o.name, ''), COUNT(*) FROM enrolment e " + CONTACT
                + "WHERE e.tenant_id = :tenant AND e.campaign_id = :campaign GROUP BY e.status, o.name", campaignId);
        return facts;
    }

    /** Attempts by outcome and UTC hour: the caller folds hours into the days of the agency's zone. */
    @Override
    public List<Keyed> byHour(long campaignId) {
        List<Keyed> facts = new ArrayList<>();
        readKeyed(facts, Kind.ATTEMPT, "SELECT a.outcome, DATE_FORMAT(a.made_at, '%Y-%m-%dT%H:00:00Z'), COUNT(*) FROM attempt a "
                + "WHERE a.tenant_id = :tenant AND a.campaign_id = :campaign GROUP BY a.outcome, DATE_FORMAT(a.made_at, "
                + "'%Y-%m-%dT%H:00:00Z')", campaignId);
        return facts;
    }

    private void readKeyed(List<Keyed> facts, Kind kind, String select, long campaignId) {
        ofCampaign(select, campaignId).forEach(r -> facts.add(new Keyed(kind, (String) r[0], (String) r[1], Rows.lng(r[2]))));
    }

    private void read(List<Fact> facts, Kind kind, String select, long campaignId) {
        ofCampaign(select, campaignId).forEach(r -> facts.add(new Fact(kind, (String) r[0], Rows.lng(r[1]),
                r[2] == null ? null : Rows.integer(r[2]), (String) r[3], Rows.lng(r[4]))));
    }

    /** The rows of one of the agency's campaigns ({@code :campaign}). */
    private List<Object[]> ofCampaign(String select, long campaignId) {
        return rows(sql(select).setParameter("campaign", campaignId));
    }
}
