package io.relance.infrastructure.persistence.sequence;

import io.relance.domain.campaign.TaskKind;
import io.relance.application.sequence.TaskStore;
import io.relance.application.tenant.TenantContext;
import io.relance.domain.campaign.CallTask;
import io.relance.domain.sequence.TaskStatus;
import io.relance.domain.sequence.Transition;
import io.relance.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.relance.infrastructure.persistence.SequenceSql.quoted;

/**
 * Call tasks (the queue of "Ma journée"), written in JDBC batches: launching a campaign plans nine
 * slots for each of thousands of contacts. The tenant comes from the tenant context.
 */
@ApplicationScoped
public class JpaTaskStore implements TaskStore {

    // the statuses, from the domain's table of transitions (rendered once)
    private static final String INSERT = "INSERT INTO call_task (tenant_id, enrolment_id, caller_id, kind, day_no, slot_no, "
            + "opens_at, closes_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '" + TaskStatus.PLANNED + "')";
    private static final String CANCEL_OPEN = "UPDATE call_task SET status = '" + Transition.CLOSED_BY_ATTEMPT.tasksTo()
            + "' WHERE tenant_id = :tenant AND enrolment_id = :id AND status IN (" + quoted(Transition.CLOSED_BY_ATTEMPT.tasksFrom()) + ")";
    private static final String CANCEL_BEFORE = "UPDATE call_task SET status = '" + Transition.CALLBACK_BOOKED.tasksTo()
            + "' WHERE tenant_id = :tenant AND enrolment_id = :id AND kind = 'SLOT' AND status IN ("
            + quoted(Transition.CALLBACK_BOOKED.tasksFrom()) + ") AND opens_at < :at";
    /** A slot still to open (the engine's SLOT_OPEN moves it from this status). */
    private static final String WAITING = "'" + TaskStatus.PLANNED + "'";

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Override
    public void insert(List<NewTask> tasks) {
        String tenant = TenantContext.require();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (NewTask t : tasks) {
                    ps.setString(1, tenant);
                    ps.setLong(2, t.enrolmentId());
                    if (t.callerId() == null) {
                        ps.setNull(3, Types.BIGINT);
                    } else {
                        ps.setLong(3, t.callerId());
                    }
                    ps.setString(4, t.kind().name());
                    ps.setInt(5, t.day());
                    ps.setInt(6, t.slot());
                    ps.setTimestamp(7, Timestamp.from(t.opens()));
                    ps.setTimestamp(8, Timestamp.from(t.closes()));
                    ps.addBatch();
                    if (++pending == 1000) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        });
    }

    /** The tasks of some enrolments, read back after a batch insert (ids are the database's). */
    @SuppressWarnings("unchecked")
    @Override
    public List<Task> of(List<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT id, enrolment_id, kind, opens_at, closes_at FROM call_task "
                        + "WHERE tenant_id = :tenant AND enrolment_id IN (:ids) ORDER BY id")
                .setParameter("tenant", TenantContext.require()).setParameter("ids", enrolmentIds).getResultList();
        List<Task> tasks = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            tasks.add(new Task(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), TaskKind.valueOf((String) r[2]),
                    Rows.instant(r[3]), Rows.instant(r[4])));
        }
        return tasks;
    }

    /** Every task of an enrolment still to call is cancelled (the enrolment closed). */
    @Override
    public void cancelOpen(long enrolmentId) {
        em.createNativeQuery(CANCEL_OPEN)
                .setParameter("tenant", TenantContext.require()).setParameter("id", enrolmentId).executeUpdate();
    }

    /** The slots opening before a booked callback are not called: the person said when. */
    @Override
    public void cancelSlotsBefore(long enrolmentId, Instant at) {
        em.createNativeQuery(CANCEL_BEFORE)
                .setParameter("tenant", TenantContext.require()).setParameter("id", enrolmentId)
                .setParameter("at", Timestamp.from(at)).executeUpdate();
    }

    /**
     * A planned slot of the enrolment that would open before {@code earliest} (the minimum gap after
     * the last attempt) opens then instead, and its engine step with it; a slot that would close
     * first is left to be missed.
     */
    @Override
    public void openNotBefore(long enrolmentId, Instant earliest) {
        String tenant = TenantContext.require();
        em.createNativeQuery("UPDATE due_step s JOIN call_task t ON t.tenant_id = s.tenant_id AND t.id = s.ref_id "
                        + "SET s.due_at = :earliest WHERE s.tenant_id = :tenant AND s.kind = 'SLOT_OPEN' AND s.status = 'PENDING' "
                        + "AND t.enrolment_id = :id AND t.status = " + WAITING + " AND t.opens_at < :earliest AND t.closes_at > :earliest")
                .setParameter("earliest", Timestamp.from(earliest)).setParameter("tenant", tenant)
                .setParameter("id", enrolmentId).executeUpdate();
        em.createNativeQuery("UPDATE call_task SET opens_at = :earliest WHERE tenant_id = :tenant AND enrolment_id = :id "
                        + "AND status = " + WAITING + " AND opens_at < :earliest AND closes_at > :earliest")
                .setParameter("earliest", Timestamp.from(earliest)).setParameter("tenant", tenant)
                .setParameter("id", enrolmentId).executeUpdate();
    }

    /** Through the tenant's session: another agency's id is not there. */
    @Override
    public Optional<CallTask> find(long taskId) {
        return Optional.ofNullable(em.find(CallTask.class, taskId));
    }

    @Override
    public CallTask lock(long taskId) {
        CallTask task = em.find(CallTask.class, taskId);
        if (task != null) {
            // read again under the lock: find(..., PESSIMISTIC_WRITE) on a task this transaction already
            // read only locks the row and keeps the stale state, so two posts of one outcome both saw it open
            em.refresh(task, LockModeType.PESSIMISTIC_WRITE);
        }
        return task;
    }

    @Override
    public void add(CallTask task) {
        em.persist(task);
        em.flush();
    }
}
