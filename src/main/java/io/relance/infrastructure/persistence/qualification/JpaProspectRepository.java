package io.relance.infrastructure.persistence.qualification;

import io.relance.application.qualification.ProspectRepository;
import io.relance.application.qualification.ProspectRow;
import io.relance.domain.qualification.MeetingStatus;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.ProspectOutcome;
import io.relance.domain.sales.SalesKind;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.JpaAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's qualified prospects for their follow-up: a page of cards with their sales emails
 * counted in the same query, then the page's meetings in one more; and the two changes the chef de
 * projet makes (an outcome, a meeting's end). Every statement carries the tenant, so another
 * agency's id matches no row.
 */
@ApplicationScoped
public class JpaProspectRepository extends JpaAdapter implements ProspectRepository {

    private static final String SENT = "SELECT COUNT(*) FROM mail_outbox m WHERE m.tenant_id = q.tenant_id AND m.campaign_id = q.campaign_id "
            + "AND m.enrolment_id = q.enrolment_id AND m.status <> 'FAILED' AND m.kind = ";

    /** High first, then by name; the outcome's author by name when they are on the staff (else as recorded). */
    @Override
    public List<ProspectRow> page(long campaignId, Priority priority, int first, int size) {
        Query query = sql("SELECT q.id, q.enrolment_id, q.contact_id, c.first_name, c.last_name, o.name, "
                + "q.priority, q.rules_priority, q.override_reason, (" + SENT + "'" + SalesKind.QUOTE + "'), "
                + "(" + SENT + "'" + SalesKind.PROPOSAL + "'), "
                + "q.outcome, s.first_name, s.last_name, q.outcome_by, q.outcome_at, q.qualified_at "
                + "FROM qualification q JOIN contact c ON c.tenant_id = q.tenant_id AND c.id = q.contact_id "
                + "LEFT JOIN outlet o ON o.tenant_id = c.tenant_id AND o.id = c.outlet_id "
                + "LEFT JOIN staff_member s ON s.tenant_id = q.tenant_id AND s.email = q.outcome_by "
                + where(priority) + " ORDER BY CASE q.priority WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, "
                + "c.last_name, c.first_name, q.id LIMIT " + size + " OFFSET " + first);
        List<Object[]> rows = rows(bind(query, campaignId, priority));
        List<ProspectRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String by = r[13] != null ? Rows.name(r[12], r[13]) : (String) r[14];
            result.add(new ProspectRow(Rows.lng(r[0]), Rows.lng(r[1]), Rows.lng(r[2]), Rows.name(r[3], r[4]).strip(),
                    (String) r[5], Priority.valueOf((String) r[6]), Priority.valueOf((String) r[7]), (String) r[8],
                    Rows.lng(r[9]), Rows.lng(r[10]), null, r[11] == null ? null : ProspectOutcome.valueOf((String) r[11]), by,
                    Rows.instant(r[15]), Rows.instant(r[16])));
        }
        return result;
    }

    @Override
    public long count(long campaignId, Priority priority) {
        return count(bind(sql("SELECT COUNT(*) FROM qualification q " + where(priority)), campaignId, priority));
    }

    /** Every meeting of these sequences (one query for a page of prospects). */
    @Override
    public List<ProspectRow.Meeting> meetings(long campaignId, List<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = rows(sql("SELECT id, enrolment_id, starts_at, status FROM meeting "
                        + "WHERE tenant_id = :tenant AND campaign_id = :campaign AND enrolment_id IN (:ids)")
                .setParameter("campaign", campaignId)
                .setParameter("ids", enrolmentIds));
        List<ProspectRow.Meeting> meetings = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            meetings.add(new ProspectRow.Meeting(Rows.lng(r[0]), Rows.lng(r[1]), Rows.instant(r[2]), MeetingStatus.valueOf((String) r[3])));
        }
        return meetings;
    }

    /** A card's outcome, its row locked until the change commits; empty if the card is not the agency's. */
    @SuppressWarnings("unchecked")
    @Override
    public Optional<OutcomeState> lockOutcome(long qualificationId) {
        List<Object> rows = sql("SELECT outcome FROM qualification WHERE tenant_id = :tenant AND id = :id FOR UPDATE")
                .setParameter("id", qualificationId).getResultList();
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(new OutcomeState(rows.get(0) == null ? null : ProspectOutcome.valueOf((String) rows.get(0))));
    }

    /** The outcome, who recorded it and when. */
    @Override
    public void recordOutcome(long qualificationId, ProspectOutcome outcome, String by, Instant at) {
        signed("qualification", "outcome", qualificationId, outcome.name(), by, at);
    }

    /** Back to "not recorded yet": no outcome, no author, no date. */
    @Override
    public void clearOutcome(long qualificationId) {
        sql("UPDATE qualification SET outcome = NULL, outcome_by = NULL, outcome_at = NULL "
                        + "WHERE tenant_id = :tenant AND id = :id").setParameter("id", qualificationId).executeUpdate();
    }

    /** A meeting's status and start, its row locked until the change commits; empty if it is not the agency's. */
    @Override
    public Optional<MeetingState> lockMeeting(long meetingId) {
        List<Object[]> rows = rows(sql("SELECT status, starts_at FROM meeting WHERE tenant_id = :tenant AND id = :id FOR UPDATE")
                .setParameter("id", meetingId));
        return rows.stream().findFirst().map(r -> new MeetingState(MeetingStatus.valueOf((String) r[0]), Rows.instant(r[1])));
    }

    /** A meeting's end (held or cancelled), with who said so and when. */
    @Override
    public void meetingStatus(long meetingId, MeetingStatus status, String by, Instant at) {
        signed("meeting", "status", meetingId, status.name(), by, at);
    }

    /** Sets a column of one of the agency's rows with who set it and when (its {@code _by} and {@code _at} columns). */
    private void signed(String table, String column, long id, String value, String by, Instant at) {
        sql("UPDATE " + table + " SET " + column + " = :value, " + column + "_by = :by, " + column + "_at = :at "
                + "WHERE tenant_id = :tenant AND id = :id")
                .setParameter("value", value).setParameter("by", by).setParameter("at", Rows.at(at)).setParameter("id", id)
                .executeUpdate();
    }

    private static String where(Priority priority) {
        return "WHERE q.tenant_id = :tenant AND q.campaign_id = :campaign" + (priority == null ? "" : " AND q.priority = :priority");
    }

    private static Query bind(Query query, long campaignId, Priority priority) {
        return bindIf(query.setParameter("campaign", campaignId), "priority", priority == null ? null : priority.name());
    }
}
