package io.relance.infrastructure.persistence;

import io.relance.application.reassignment.CallLine;
import io.relance.application.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls a reassignment moves: a member's running sequences and calls still to make, a
 * caller's calls over a period. Only calls still to make (PLANNED, OPEN) ever move; done, missed
 * and cancelled ones keep who made or missed them. Every statement carries the tenant.
 */
@ApplicationScoped
public class ReassignmentStore {

    private static final String OPEN = "(" + SequenceSql.OPEN_SEQUENCES + ")";
    private static final String TO_MAKE = "('PLANNED','OPEN')";

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    /** Running enrolments this member calls, or of which some calls were lent to them. */
    @SuppressWarnings("unchecked")
    public List<Long> openEnrolmentsHeldBy(long staffId) {
        List<Object> ids = em.createNativeQuery("SELECT e.id FROM enrolment e WHERE e.tenant_id = :tenant AND e.status IN " + OPEN
                        + " AND (e.caller_id = :staff OR EXISTS (SELECT 1 FROM call_task t WHERE t.tenant_id = e.tenant_id "
                        + "AND t.enrolment_id = e.id AND t.caller_id = :staff AND t.status IN " + TO_MAKE + ")) ORDER BY e.id")
                .setParameter("tenant", TenantContext.require()).setParameter("staff", staffId).getResultList();
        return ids.stream().map(Rows::lng).toList();
    }

    /** A caller's calls still to make that open in [from, to), the oldest first, with whom and for what. */
    @SuppressWarnings("unchecked")
    public List<CallLine> callsOf(long callerId, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("SELECT t.id, t.enrolment_id, c.first_name, c.last_name, k.subject, t.opens_at "
                        + "FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id "
                        + "JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                        + "JOIN campaign k ON k.tenant_id = e.tenant_id AND k.id = e.campaign_id "
                        + "WHERE t.tenant_id = :tenant AND t.caller_id = :caller AND t.status IN " + TO_MAKE
                        + " AND e.status IN " + OPEN + " AND t.opens_at >= :from AND t.opens_at < :to ORDER BY t.opens_at, t.id")
                .setParameter("tenant", TenantContext.require()).setParameter("caller", callerId)
                .setParameter("from", Rows.at(from)).setParameter("to", Rows.at(to)).getResultList();
        List<CallLine> lines = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            lines.add(new CallLine(Rows.lng(r[0]), Rows.lng(r[1]), CampaignRepository.name(r[2], r[3]).strip(), (String) r[4],
                    Rows.instant(r[5]), null));
        }
        return lines;
    }

    /** Gives the named calls still to make of one enrolment from one caller to another. */
    public int moveTasks(long enrolmentId, List<Long> taskIds, long from, long to) {
        if (taskIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("UPDATE call_task SET caller_id = :to WHERE tenant_id = :tenant AND enrolment_id = :enrolment "
                        + "AND caller_id = :from AND status IN " + TO_MAKE + " AND id IN (:ids)")
                .setParameter("to", to).setParameter("tenant", TenantContext.require()).setParameter("enrolment", enrolmentId)
                .setParameter("from", from).setParameter("ids", taskIds).executeUpdate();
    }

    /** Gives every call still to make of one enrolment held by {@code from} to {@code to}. */
    public int moveAllTasks(long enrolmentId, long from, long to) {
        return em.createNativeQuery("UPDATE call_task SET caller_id = :to WHERE tenant_id = :tenant AND enrolment_id = :enrolment "
                        + "AND caller_id = :from AND status IN " + TO_MAKE)
                .setParameter("to", to).setParameter("tenant", TenantContext.require()).setParameter("enrolment", enrolmentId)
                .setParameter("from", from).executeUpdate();
    }

    /** How many calls still to make of the enrolment this caller holds. */
    public long tasksHeld(long enrolmentId, long callerId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM call_task WHERE tenant_id = :tenant AND enrolment_id = :enrolment "
                        + "AND caller_id = :caller AND status IN " + TO_MAKE)
                .setParameter("tenant", TenantContext.require()).setParameter("enrolment", enrolmentId)
                .setParameter("caller", callerId).getSingleResult()).longValue();
    }
}
