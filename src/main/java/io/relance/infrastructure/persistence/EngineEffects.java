package io.relance.infrastructure.persistence;

import io.relance.domain.sequence.StepKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * What each step kind does, as set-based SQL over a chunk of one tenant's steps. Every statement
 * names the tenant and only moves rows still in the state it expects, so that running a step twice
 * changes nothing (and one statement serves 1 step or 500).
 */
@ApplicationScoped
public class EngineEffects {

    private static final String OPEN_ENROLMENT = "('SCHEDULED','ACTIVE','CALLBACK')";

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    public void apply(String tenant, StepKind kind, List<Long> refs, Instant now) {
        switch (kind) {
            case SLOT_OPEN -> slotOpen(tenant, refs);
            case SLOT_CLOSE -> slotClose(tenant, refs);
            case CALLBACK_DUE -> callbackDue(tenant, refs);
            case SMS_DUE -> smsDue(tenant, refs, now);
            case DAY_END -> dayEnd(tenant, refs, now);
            case SEQUENCE_END -> sequenceEnd(tenant, refs, now);
        }
    }

    private void slotOpen(String tenant, List<Long> tasks) {
        update("UPDATE call_task SET status = 'OPEN' WHERE tenant_id = :tenant AND id IN (:refs) AND status = 'PLANNED'", tenant, tasks);
        update("UPDATE enrolment SET status = 'ACTIVE' WHERE tenant_id = :tenant AND status = 'SCHEDULED' AND id IN "
                + "(SELECT enrolment_id FROM call_task WHERE tenant_id = :tenant AND id IN (:refs))", tenant, tasks);
    }

    /** A slot nobody tried is missed: counted on the enrolment (not as an attempt), then marked. */
    private void slotClose(String tenant, List<Long> tasks) {
        update("UPDATE enrolment e SET e.missed = e.missed + (SELECT COUNT(*) FROM call_task t WHERE t.tenant_id = e.tenant_id "
                + "AND t.enrolment_id = e.id AND t.id IN (:refs) AND t.kind = 'SLOT' AND t.status IN ('PLANNED','OPEN')) "
                + "WHERE e.tenant_id = :tenant AND e.status IN ('SCHEDULED','ACTIVE') AND e.id IN "
                + "(SELECT enrolment_id FROM call_task WHERE tenant_id = :tenant AND id IN (:refs))", tenant, tasks);
        update("UPDATE call_task SET status = 'MISSED' WHERE tenant_id = :tenant AND id IN (:refs) AND status IN ('PLANNED','OPEN')",
                tenant, tasks);
    }

    private void callbackDue(String tenant, List<Long> tasks) {
        update("UPDATE call_task SET status = 'OPEN' WHERE tenant_id = :tenant AND id IN (:refs) AND status = 'PLANNED'", tenant, tasks);
        update("UPDATE enrolment SET status = 'ACTIVE', callback_at = NULL WHERE tenant_id = :tenant AND status = 'CALLBACK' AND id IN "
                + "(SELECT enrolment_id FROM call_task WHERE tenant_id = :tenant AND id IN (:refs))", tenant, tasks);
    }

    /** One SMS per sequence (unique key), to a mobile, never to an opted-out contact. */
    private void smsDue(String tenant, List<Long> enrolments, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO sms_outbox (tenant_id, enrolment_id, to_number, due_at, status, created_at) "
                        + "SELECT e.tenant_id, e.id, c.mobile, :now, 'PENDING', :now FROM enrolment e JOIN contact c "
                        + "ON c.tenant_id = e.tenant_id AND c.id = e.contact_id WHERE e.tenant_id = :tenant AND e.id IN (:refs) "
                        + "AND e.status IN " + OPEN_ENROLMENT + " AND c.mobile IS NOT NULL AND c.opted_out = FALSE")
                .setParameter("tenant", tenant).setParameter("now", Timestamp.from(now)).setParameter("refs", enrolments).executeUpdate();
    }

    /** A safety net behind the slot closes: any slot of the enrolment already over is missed. */
    private void dayEnd(String tenant, List<Long> enrolments, Instant now) {
        em.createNativeQuery("UPDATE enrolment e SET e.missed = e.missed + (SELECT COUNT(*) FROM call_task t WHERE "
                        + "t.tenant_id = e.tenant_id AND t.enrolment_id = e.id AND t.kind = 'SLOT' AND t.status IN ('PLANNED','OPEN') "
                        + "AND t.closes_at <= :now) WHERE e.tenant_id = :tenant AND e.id IN (:refs) AND e.status IN ('SCHEDULED','ACTIVE')")
                .setParameter("tenant", tenant).setParameter("now", Timestamp.from(now)).setParameter("refs", enrolments).executeUpdate();
        em.createNativeQuery("UPDATE call_task SET status = 'MISSED' WHERE tenant_id = :tenant AND enrolment_id IN (:refs) "
                        + "AND kind = 'SLOT' AND status IN ('PLANNED','OPEN') AND closes_at <= :now")
                .setParameter("tenant", tenant).setParameter("now", Timestamp.from(now)).setParameter("refs", enrolments).executeUpdate();
    }

    /**
     * The days are over. Without a pending callback the enrolment closes as non prioritaire and its
     * contact rests for the template's cooldown; a booked callback still happens.
     */
    private void sequenceEnd(String tenant, List<Long> enrolments, Instant now) {
        em.createNativeQuery("UPDATE contact c JOIN enrolment e ON e.tenant_id = c.tenant_id AND e.contact_id = c.id "
                        + "SET c.cooldown_until = DATE_ADD(:now, INTERVAL e.cooldown_days DAY) WHERE e.tenant_id = :tenant "
                        + "AND e.id IN (:refs) AND e.sequence_over = FALSE AND e.status IN ('SCHEDULED','ACTIVE')")
                .setParameter("tenant", tenant).setParameter("now", Timestamp.from(now)).setParameter("refs", enrolments).executeUpdate();
        // closed_at first: MySQL assigns left to right, and status changes in the same statement
        em.createNativeQuery("UPDATE enrolment SET closed_at = CASE WHEN status IN ('SCHEDULED','ACTIVE') THEN :now ELSE closed_at END, "
                        + "status = CASE WHEN status IN ('SCHEDULED','ACTIVE') THEN 'CLOSED_NON_PRIORITAIRE' ELSE status END, "
                        + "sequence_over = TRUE WHERE tenant_id = :tenant AND id IN (:refs) AND sequence_over = FALSE")
                .setParameter("tenant", tenant).setParameter("now", Timestamp.from(now)).setParameter("refs", enrolments).executeUpdate();
        update("UPDATE call_task SET status = 'CANCELLED' WHERE tenant_id = :tenant AND enrolment_id IN (:refs) AND kind = 'SLOT' "
                + "AND status IN ('PLANNED','OPEN')", tenant, enrolments);
    }

    private void update(String sql, String tenant, List<Long> refs) {
        em.createNativeQuery(sql).setParameter("tenant", tenant).setParameter("refs", refs).executeUpdate();
    }
}
