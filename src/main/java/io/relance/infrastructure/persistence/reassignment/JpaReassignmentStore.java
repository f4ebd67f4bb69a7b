package io.relance.infrastructure.persistence.reassignment;

import io.relance.application.reassignment.CallLine;
import io.relance.application.reassignment.ReassignmentStore;
import io.relance.application.tenant.TenantContext;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.contact.Contact;
import io.relance.domain.staff.Member;
import io.relance.domain.staff.Role;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.SequenceSql;
import io.relance.infrastructure.persistence.JpaAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calls a reassignment moves: a member's running sequences and calls still to make, a
 * caller's calls over a period; the callers it balances over. Only calls still to make (PLANNED,
 * OPEN) ever move; done, missed and cancelled ones keep who made or missed them. Every statement
 * carries the tenant.
 */
@ApplicationScoped
public class JpaReassignmentStore extends JpaAdapter implements ReassignmentStore {

    private static final String OPEN = "(" + SequenceSql.OPEN_SEQUENCES + ")";
    /** The enrolments a caller's load counts (a paused one is not being called). */
    private static final String CALLING = "(" + SequenceSql.CALLABLE + ")";
    private static final String TO_MAKE = "(" + SequenceSql.TO_CALL + ")";

    @Override
    public List<Member> callers(Long campaignId) {
        var query = sql("SELECT s.id, s.first_name, s.last_name, s.role, "
                        + "(SELECT COUNT(*) FROM enrolment e WHERE e.tenant_id = s.tenant_id AND e.caller_id = s.id AND e.status IN " + CALLING + ") "
                        + "FROM staff_member s WHERE s.tenant_id = :tenant AND s.enabled = TRUE AND s.role <> 'CLIENT'"
                        + (campaignId == null ? "" : " AND EXISTS (SELECT 1 FROM campaign_member m WHERE m.tenant_id = s.tenant_id "
                        + "AND m.campaign_id = :campaign AND m.staff_id = s.id)") + " ORDER BY s.last_name, s.first_name, s.id");
        return rows(bindIf(query, "campaign", campaignId)).stream().map(r -> new Member(Rows.lng(r[0]), (r[1] == null ? "" : r[1] + " ") + r[2],
                Role.valueOf((String) r[3]), Rows.lng(r[4]))).toList();
    }

    @Override
    public void reassign(long enrolmentId, long callerId) {
        String tenant = TenantContext.require();
        em.createNativeQuery("UPDATE call_task SET caller_id = :caller WHERE tenant_id = :tenant AND enrolment_id = :id "
                        + "AND status IN " + TO_MAKE).setParameter("caller", callerId).setParameter("tenant", tenant)
                .setParameter("id", enrolmentId).executeUpdate();
    }

    /** Running enrolments this member calls, or of which some calls were lent to them. */
    @SuppressWarnings("unchecked")
    @Override
    public List<Long> openEnrolmentsHeldBy(long staffId) {
        List<Object> ids = sql("SELECT e.id FROM enrolment e WHERE e.tenant_id = :tenant AND e.status IN " + OPEN
                        + " AND (e.caller_id = :staff OR EXISTS (SELECT 1 FROM call_task t WHERE t.tenant_id = e.tenant_id "
                        + "AND t.enrolment_id = e.id AND t.caller_id = :staff AND t.status IN " + TO_MAKE + ")) ORDER BY e.id")
                .setParameter("staff", staffId).getResultList();
        return ids.stream().map(Rows::lng).toList();
    }

    /** A caller's calls still to make that open in [from, to), the oldest first, with whom and for what. */
    @Override
    public List<CallLine> callsOf(long callerId, Instant from, Instant to) {
        List<Object[]> rows = rows(sql("SELECT t.id, t.enrolment_id, c.first_name, c.last_name, k.subject, t.opens_at "
                        + "FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id "
                        + "JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                        + "JOIN campaign k ON k.tenant_id = e.tenant_id AND k.id = e.campaign_id "
                        + "WHERE t.tenant_id = :tenant AND t.caller_id = :caller AND t.status IN " + TO_MAKE
                        + " AND e.status IN " + OPEN + " AND t.opens_at >= :from AND t.opens_at < :to ORDER BY t.opens_at, t.id")
                .setParameter("caller", callerId)
                .setParameter("from", Rows.at(from)).setParameter("to", Rows.at(to)));
        List<CallLine> lines = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            lines.add(new CallLine(Rows.lng(r[0]), Rows.lng(r[1]), Rows.name(r[2], r[3]).strip(), (String) r[4],
                    Rows.instant(r[5]), null));
        }
        return lines;
    }

    /** Gives the named calls still to make of one enrolment from one caller to another. */
    @Override
    public int moveTasks(long enrolmentId, List<Long> taskIds, long from, long to) {
        if (taskIds.isEmpty()) {
            return 0;
        }
        return sql("UPDATE call_task SET caller_id = :to WHERE tenant_id = :tenant AND enrolment_id = :enrolment "
                        + "AND caller_id = :from AND status IN " + TO_MAKE + " AND id IN (:ids)")
                .setParameter("to", to).setParameter("enrolment", enrolmentId)
                .setParameter("from", from).setParameter("ids", taskIds).executeUpdate();
    }

    /** Gives every call still to make of one enrolment held by {@code from} to {@code to}. */
    @Override
    public int moveAllTasks(long enrolmentId, long from, long to) {
        return sql("UPDATE call_task SET caller_id = :to WHERE tenant_id = :tenant AND enrolment_id = :enrolment "
                        + "AND caller_id = :from AND status IN " + TO_MAKE)
                .setParameter("to", to).setParameter("enrolment", enrolmentId)
                .setParameter("from", from).executeUpdate();
    }

    /** How many calls still to make of the enrolment this caller holds. */
    @Override
    public long tasksHeld(long enrolmentId, long callerId) {
        return count(sql("SELECT COUNT(*) FROM call_task WHERE tenant_id = :tenant AND enrolment_id = :enrolment "
                        + "AND caller_id = :caller AND status IN " + TO_MAKE).setParameter("enrolment", enrolmentId)
                .setParameter("caller", callerId));
    }

    @Override
    public Optional<Enrolment> lockEnrolment(long id) {
        return Optional.ofNullable(em.find(Enrolment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Contact> contact(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
