package io.relance.infrastructure.persistence.sequence;

import io.relance.application.sequence.EngineEffects;
import io.relance.application.sms.SmsOutboxWriter;
import io.relance.domain.sequence.StepKind;
import io.relance.domain.sequence.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.relance.infrastructure.persistence.SequenceSql.quoted;

/**
 * What each step kind does, as set-based SQL over a chunk of one tenant's steps. Every statement
 * names the tenant and only moves rows still in the state it expects, so that running a step twice
 * changes nothing. Locks are always taken in one order — enrolments, then their call tasks, each
 * by ascending id; a chunk of several kinds locks all its enrolments first — so that two workers
 * never deadlock, and a slot that two steps could close (its own close and its day's end) is
 * counted once. Every status the statements read or write comes
 * from the domain's {@link Transition} table, rendered once into the constants below.
 */
@ApplicationScoped
public class JpaEngineEffects implements EngineEffects {

    // what each step reads and writes, from the table (a slot's and a callback's close move the same tasks)
    private static final String OPENING = "id IN (:refs) AND status IN (" + quoted(Transition.SLOT_OPENS.tasksFrom()) + ")";
    private static final String CALLBACK_OPENING = "id IN (:refs) AND status IN ("
            + quoted(Transition.CALLBACK_COMES_DUE.tasksFrom()) + ")";
    private static final String CLOSING = "id IN (:refs) AND status IN (" + quoted(Transition.SLOT_MISSED.tasksFrom()) + ")";
    private static final String DAY_ENDING = "enrolment_id IN (:refs) AND kind = 'SLOT' AND status IN ("
            + quoted(Transition.SLOT_MISSED.tasksFrom()) + ") AND closes_at <= :now";
    private static final String MISS_TASKS = moveTasks(Transition.SLOT_MISSED);
    private static final String COUNT_MISSED = "UPDATE enrolment SET missed = missed + :n WHERE tenant_id = :tenant "
            + "AND id IN (:ids) AND status IN (" + quoted(Transition.SLOT_MISSED.from()) + ")";
    private static final String CALLBACK_MISSED_CLOSES = "sequence_over = TRUE AND status IN ("
            + quoted(Transition.CALLBACK_MISSED.from()) + ")";
    private static final Set<String> ENDS_FROM = Transition.SEQUENCE_ENDS.from().stream().map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final String END_SLOTS = "UPDATE call_task SET status = '" + Transition.SEQUENCE_ENDS.tasksTo()
            + "' WHERE tenant_id = :tenant AND enrolment_id IN (:ids) AND kind = 'SLOT' AND status IN ("
            + quoted(Transition.SEQUENCE_ENDS.tasksFrom()) + ")";
    /** The end of the days and a callback missed after them close the same way. */
    private static final String CLOSE_NON_PRIORITAIRE = "UPDATE enrolment SET status = '" + Transition.SEQUENCE_ENDS.target()
            + "', closed_at = :now WHERE tenant_id = :tenant AND id IN (:ids)";

    private static final String OPEN_SLOT_TASKS = moveTasks(Transition.SLOT_OPENS);
    private static final String OPEN_CALLBACK_TASKS = moveTasks(Transition.CALLBACK_COMES_DUE);
    private static final String SLOT_OPENS_ENROLMENT = "UPDATE enrolment SET status = '" + Transition.SLOT_OPENS.target()
            + "' WHERE tenant_id = :tenant AND id IN (:ids) AND status IN (" + quoted(Transition.SLOT_OPENS.from()) + ")";
    private static final String CALLBACK_OPENS_ENROLMENT = "UPDATE enrolment SET status = '" + Transition.CALLBACK_COMES_DUE.target()
            + "', callback_at = NULL WHERE tenant_id = :tenant AND id IN (:ids) AND status IN ("
            + quoted(Transition.CALLBACK_COMES_DUE.from()) + ")";

    /** The kinds whose steps refer to a call task (the others refer to an enrolment). */
    private static final Set<StepKind> REFER_TO_TASKS = java.util.EnumSet.of(StepKind.SLOT_OPEN, StepKind.SLOT_CLOSE,
            StepKind.CALLBACK_DUE);

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @jakarta.inject.Inject
    SmsOutboxWriter smsOutbox;

    @Override
    public void apply(String tenant, StepKind kind, List<Long> refs, Instant now) {
        switch (kind) {
            case SLOT_OPEN -> open(tenant, lockTasks(tenant, OPENING, refs, null), Transition.SLOT_OPENS);
            case CALLBACK_DUE -> open(tenant, lockTasks(tenant, CALLBACK_OPENING, refs, null), Transition.CALLBACK_COMES_DUE);
            case SLOT_CLOSE -> miss(tenant, lockTasks(tenant, CLOSING, refs, null), now);
            case DAY_END -> miss(tenant, lockTasks(tenant, DAY_ENDING, refs, now), now);
            case SMS_DUE -> sms(tenant, refs, now);
            case SEQUENCE_END -> end(tenant, refs, now);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void lockEnrolments(String tenant, Map<StepKind, List<Long>> byKind) {
        Set<Long> enrolments = new TreeSet<>();
        List<Long> tasks = new ArrayList<>();
        byKind.forEach((kind, refs) -> (REFER_TO_TASKS.contains(kind) ? tasks : enrolments).addAll(refs));
        if (!tasks.isEmpty()) {
            // a task's enrolment never changes: read without a lock
            ((List<Object>) em.createNativeQuery("SELECT DISTINCT enrolment_id FROM call_task WHERE tenant_id = :tenant AND id IN (:ids)")
                    .setParameter("tenant", tenant).setParameter("ids", sorted(tasks)).getResultList())
                    .forEach(id -> enrolments.add(((Number) id).longValue()));
        }
        if (!enrolments.isEmpty()) {
            lockEnrolments(tenant, new ArrayList<>(enrolments), "TRUE");
        }
    }

    /**
     * The tasks a step may move, locked after their enrolments (read first without locks, then
     * locked in order, then the tasks re-read under lock): id → [enrolment id, 1 if a slot].
     */
    private Map<Long, long[]> lockTasks(String tenant, String where, List<Long> refs, Instant now) {
        Map<Long, long[]> seen = tasks(tenant, where, refs, now, "");
        if (seen.isEmpty()) {
            return seen;
        }
        em.createNativeQuery("SELECT id FROM enrolment WHERE tenant_id = :tenant AND id IN (:ids) ORDER BY id FOR UPDATE")
                .setParameter("tenant", tenant).setParameter("ids", enrolments(seen)).getResultList();
        return tasks(tenant, where, refs, now, " FOR UPDATE");
    }

    @SuppressWarnings("unchecked")
    private Map<Long, long[]> tasks(String tenant, String where, List<Long> refs, Instant now, String lock) {
        var query = em.createNativeQuery("SELECT id, enrolment_id, kind FROM call_task WHERE tenant_id = :tenant AND "
                + where + " ORDER BY id" + lock).setParameter("tenant", tenant).setParameter("refs", refs);
        if (now != null) {
            query.setParameter("now", Timestamp.from(now));
        }
        Map<Long, long[]> tasks = new TreeMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            tasks.put(((Number) r[0]).longValue(), new long[]{((Number) r[1]).longValue(), "SLOT".equals(r[2]) ? 1 : 0});
        }
        return tasks;
    }

    /** Slot or callback opens: the task shows as due now; the enrolment becomes active (a callback's time is spent). */
    private void open(String tenant, Map<Long, long[]> tasks, Transition opening) {
        if (tasks.isEmpty()) {
            return;
        }
        byIds(opening == Transition.SLOT_OPENS ? OPEN_SLOT_TASKS : OPEN_CALLBACK_TASKS, tenant, new ArrayList<>(tasks.keySet()));
        byIds(opening == Transition.SLOT_OPENS ? SLOT_OPENS_ENROLMENT : CALLBACK_OPENS_ENROLMENT, tenant, enrolments(tasks));
    }

    /** Slots nobody tried are missed: counted on their enrolment (not as attempts), then marked. */
    private void miss(String tenant, Map<Long, long[]> tasks, Instant now) {
        if (tasks.isEmpty()) {
            return;
        }
        Map<Long, Integer> missedBy = new TreeMap<>();
        tasks.values().stream().filter(t -> t[1] == 1).forEach(t -> missedBy.merge(t[0], 1, Integer::sum));
        Map<Integer, List<Long>> byCount = new TreeMap<>();
        missedBy.forEach((enrolment, n) -> byCount.computeIfAbsent(n, k -> new ArrayList<>()).add(enrolment));
        byCount.forEach((n, ids) -> em.createNativeQuery(COUNT_MISSED)
                .setParameter("n", n).setParameter("tenant", tenant).setParameter("ids", ids).executeUpdate());
        byIds(MISS_TASKS, tenant, new ArrayList<>(tasks.keySet()));
        List<Long> callbacks = tasks.values().stream().filter(t -> t[1] == 0).map(t -> t[0]).distinct().sorted().toList();
        if (!callbacks.isEmpty()) {
            // a callback missed once the days are over: nothing more will happen, the sequence ends
            closeNonPrioritaire(tenant, lockEnrolments(tenant, callbacks, CALLBACK_MISSED_CLOSES), now);
        }
    }

    /** The anchor SMS, rendered into the outbox (see {@link SmsOutboxWriter}). */
    private void sms(String tenant, List<Long> enrolments, Instant now) {
        smsOutbox.write(tenant, sorted(enrolments), now);
    }

    /**
     * The days are over. Without a pending callback the enrolment closes as non prioritaire and its
     * contact rests for the cooldown it was planned with; a booked callback still happens.
     */
    private void end(String tenant, List<Long> enrolments, Instant now) {
        List<Object[]> rows = lockEnrolments(tenant, enrolments, "sequence_over = FALSE");
        if (rows.isEmpty()) {
            return;
        }
        closeNonPrioritaire(tenant, rows.stream().filter(r -> ENDS_FROM.contains((String) r[2])).toList(), now);
        List<Long> over = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        byIds("UPDATE enrolment SET sequence_over = TRUE WHERE tenant_id = :tenant AND id IN (:ids)", tenant, over);
        byIds(END_SLOTS, tenant, over);
    }

    /** Enrolments locked in id order: [id, contact id, status, cooldown days]. */
    @SuppressWarnings("unchecked")
    private List<Object[]> lockEnrolments(String tenant, List<Long> ids, String condition) {
        return em.createNativeQuery("SELECT id, contact_id, status, cooldown_days FROM enrolment WHERE tenant_id = :tenant "
                        + "AND id IN (:ids) AND " + condition + " ORDER BY id FOR UPDATE")
                .setParameter("tenant", tenant).setParameter("ids", sorted(ids)).getResultList();
    }

    /** Closes as non prioritaire, and the contacts rest for the cooldown each enrolment was planned with. */
    private void closeNonPrioritaire(String tenant, List<Object[]> enrolments, Instant now) {
        if (enrolments.isEmpty()) {
            return;
        }
        List<Long> ids = enrolments.stream().map(r -> ((Number) r[0]).longValue()).toList();
        em.createNativeQuery(CLOSE_NON_PRIORITAIRE).setParameter("now", Timestamp.from(now)).setParameter("tenant", tenant)
                .setParameter("ids", sorted(ids)).executeUpdate();
        Map<Integer, List<Long>> contactsByCooldown = new TreeMap<>();
        enrolments.forEach(r -> contactsByCooldown.computeIfAbsent(((Number) r[3]).intValue(), k -> new ArrayList<>())
                .add(((Number) r[1]).longValue()));
        contactsByCooldown.forEach((days, contacts) -> em.createNativeQuery("UPDATE contact SET cooldown_until = :until "
                        + "WHERE tenant_id = :tenant AND id IN (:ids)")
                .setParameter("until", Timestamp.from(now.plus(java.time.Duration.ofDays(days))))
                .setParameter("tenant", tenant).setParameter("ids", sorted(contacts)).executeUpdate());
    }

    private void byIds(String sql, String tenant, List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery(sql).setParameter("tenant", tenant).setParameter("ids", sorted(ids)).executeUpdate();
        }
    }

    private static String moveTasks(Transition t) {
        return "UPDATE call_task SET status = '" + t.tasksTo() + "' WHERE tenant_id = :tenant AND id IN (:ids)";
    }

    private static List<Long> enrolments(Map<Long, long[]> tasks) {
        return tasks.values().stream().map(t -> t[0]).distinct().sorted().toList();
    }

    private static List<Long> sorted(List<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
