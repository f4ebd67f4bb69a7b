package io.relance.infrastructure.persistence.dashboard;

import io.relance.application.dashboard.DashboardRepository;
import io.relance.application.dashboard.Dashboards.Caller;
import io.relance.application.dashboard.Dashboards.Cell;
import io.relance.application.dashboard.Dashboards.Month;
import io.relance.application.dashboard.Dashboards.Solicited;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.JpaAdapter;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * Grouped readings of attempts for the dashboards. Agency-wide ones range over
 * {@code ix_attempt_tenant_made} (tenant, time), so a year of a big agency is one index range.
 * Months are UTC months: a call at 00:30 on the 1st in Paris counts in the previous month.
 */
@ApplicationScoped
public class JpaDashboardRepository extends JpaAdapter implements DashboardRepository {

    private static final String PICK_UP = "SUM(a.outcome NOT IN ('NO_ANSWER','VOICEMAIL','WRONG_NUMBER'))";
    private static final String ANSWER = "SUM(a.outcome IN ('YES','NO','LATER','REGISTERED','DECISION'))";

    @Override
    public List<Cell> heat(long campaignId) {
        return rows("SELECT a.day_no, a.slot_no, COUNT(*), " + PICK_UP + " FROM attempt a WHERE a.tenant_id = :tenant "
                + "AND a.campaign_id = :p GROUP BY a.day_no, a.slot_no ORDER BY a.day_no, a.slot_no", campaignId).stream()
                .map(r -> new Cell(Rows.integer(r[0]), Rows.integer(r[1]), Rows.lng(r[2]), Rows.lng(r[3]))).toList();
    }

    @Override
    public List<Month> months(Instant from) {
        return rows("SELECT DATE_FORMAT(a.made_at, '%Y-%m'), COUNT(*), " + PICK_UP + ", " + ANSWER + " FROM attempt a "
                + "WHERE a.tenant_id = :tenant AND a.made_at >= :p GROUP BY DATE_FORMAT(a.made_at, '%Y-%m') ORDER BY 1", Rows.at(from))
                .stream().map(r -> new Month((String) r[0], Rows.lng(r[1]), Rows.lng(r[2]), Rows.lng(r[3]))).toList();
    }

    @Override
    public List<Caller> callers(Instant from) {
        return rows("SELECT s.first_name, s.last_name, x.n, x.picked FROM (SELECT a.caller_id, COUNT(*) n, " + PICK_UP + " picked "
                + "FROM attempt a WHERE a.tenant_id = :tenant AND a.made_at >= :p GROUP BY a.caller_id) x "
                + "LEFT JOIN staff_member s ON s.tenant_id = :tenant AND s.id = x.caller_id ORDER BY x.n DESC", Rows.at(from))
                .stream().map(r -> new Caller(r[0] == null && r[1] == null ? "—" : Rows.name(r[0], r[1]),
                        Rows.lng(r[2]), Rows.lng(r[3]))).toList();
    }

    @Override
    public List<Solicited> solicited(Instant from, int max) {
        return rows("SELECT x.contact_id, c.first_name, c.last_name, o.name, x.n, x.campaigns FROM (SELECT a.contact_id, COUNT(*) n, "
                + "COUNT(DISTINCT a.campaign_id) campaigns FROM attempt a WHERE a.tenant_id = :tenant AND a.made_at >= :p "
                + "GROUP BY a.contact_id ORDER BY n DESC, a.contact_id LIMIT " + max + ") x "
                + "JOIN contact c ON c.tenant_id = :tenant AND c.id = x.contact_id "
                + "LEFT JOIN outlet o ON o.tenant_id = c.tenant_id AND o.id = c.outlet_id ORDER BY x.n DESC, x.contact_id", Rows.at(from))
                .stream().map(r -> new Solicited(Rows.lng(r[0]), Rows.name(r[1], r[2]), (String) r[3], Rows.lng(r[4]),
                        Rows.lng(r[5]))).toList();
    }

    private List<Object[]> rows(String sql, Object p) {
        return rows(sql(sql).setParameter("p", p));
    }
}
