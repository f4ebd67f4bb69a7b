package io.relance.infrastructure.persistence.sequence;

import io.relance.application.sequence.WithdrawalStore;
import io.relance.domain.contact.Withdrawn;
import io.relance.domain.sequence.Transition;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.PreferenceSql;
import io.relance.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.relance.infrastructure.persistence.SequenceSql.OPEN_SEQUENCES;
import static io.relance.infrastructure.persistence.SequenceSql.SAYS_NO;
import static io.relance.infrastructure.persistence.SequenceSql.TO_CALL;
import static io.relance.infrastructure.persistence.SequenceSql.quoted;

/**
 * What a "no" withdraws, set-based, in the caller's transaction: read from the contacts' own flags
 * (do-not-call stops calls and SMS; an opt-out or an erasure stops emails too), so that every entry
 * point (a form, a bulk action, an import, a call, an SMS STOP, an unsubscribe link) ends the same
 * things. Enrolments are locked before their tasks, in id order, as the engine does.
 */
@ApplicationScoped
public class JpaWithdrawalStore implements WithdrawalStore {

    private static final int CHUNK = 1000;
    /** What an early end moves (the domain's table): every call still to make, paused ones included, is cancelled. */
    private static final String CANCEL_CALLS = "UPDATE call_task SET status = '" + Transition.WITHDRAWN.tasksTo()
            + "' WHERE tenant_id = :tenant AND enrolment_id IN (:ids) AND status IN (" + quoted(Transition.WITHDRAWN.tasksFrom()) + ")";
    private static final String CUT_CALLS = "UPDATE call_task SET status = '" + Transition.WITHDRAWN.tasksTo()
            + "' WHERE tenant_id = :tenant AND id IN (:ids)";

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    /**
     * Ends what the flagged contacts among {@code contactIds} still have running: their open
     * sequences close as cancelled with who and why, their open calls are cancelled, the engine's
     * pending steps for them dropped, their queued SMS (and, for opt-outs and erasures, emails)
     * withdrawn. Contacts without a flag are left alone.
     */
    @Override
    public Withdrawn withdraw(List<Long> contactIds, Instant now, String by, String reason) {
        em.flush(); // the flags just set on managed contacts are what the statements below read
        Withdrawn total = Withdrawn.NONE;
        List<Long> sorted = contactIds.stream().distinct().sorted().toList();
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            total = total.plus(chunk(sorted.subList(from, Math.min(sorted.size(), from + CHUNK)), now, by, reason));
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private Withdrawn chunk(List<Long> contactIds, Instant now, String by, String reason) {
        String tenant = TenantContext.require();
        List<Object[]> flagged = em.createNativeQuery("SELECT c.id, (c.opted_out = TRUE OR c.erased_at IS NOT NULL) FROM contact c "
                        + "WHERE c.tenant_id = :tenant AND c.id IN (:ids) AND " + SAYS_NO)
                .setParameter("tenant", tenant).setParameter("ids", contactIds).getResultList();
        if (flagged.isEmpty()) {
            return Withdrawn.NONE;
        }
        List<Long> refusing = flagged.stream().map(r -> Rows.lng(r[0])).toList();
        List<Long> noEmail = flagged.stream().filter(r -> Rows.bool(r[1])).map(r -> Rows.lng(r[0])).toList();
        List<Long> enrolments = new ArrayList<>();
        for (Object id : em.createNativeQuery("SELECT id FROM enrolment WHERE tenant_id = :tenant AND contact_id IN (:ids) "
                        + "AND status IN (" + OPEN_SEQUENCES + ") ORDER BY id FOR UPDATE")
                .setParameter("tenant", tenant).setParameter("ids", refusing).getResultList()) {
            enrolments.add(Rows.lng(id));
        }
        Withdrawn closed = enrolments.isEmpty() ? Withdrawn.NONE
                : closeLocked(tenant, enrolments, "CLOSED_CANCELLED", now, by, reason);
        // every step still pending for them goes, a sequence a call has just closed included
        dropSteps(tenant, "e.contact_id", refusing);
        // an SMS still waiting leaves for nobody, whichever sequence (even a closed one) wrote it
        int sms = withdrawSms(tenant, "e.contact_id", refusing, reason);
        int emails = 0;
        if (!noEmail.isEmpty()) {
            // the team's copies of a meeting go to staff, not to the person
            emails = em.createNativeQuery("UPDATE mail_outbox SET status = 'WITHDRAWN', last_error = LEFT(:reason, 300) "
                            + "WHERE tenant_id = :tenant AND contact_id IN (:ids) AND status IN ('PENDING','HELD') AND kind <> 'TEAM'")
                    .setParameter("reason", reason).setParameter("tenant", tenant).setParameter("ids", noEmail).executeUpdate();
        }
        return new Withdrawn(closed.sequences(), closed.calls(), sms, emails);
    }

    /**
     * Closes open sequences with a status, who and why (a newsroom that answered: "couvert par un
     * collègue"): locked here in id order, their calls cancelled, their steps dropped, their anchor
     * SMS withdrawn if it still waits. Answers what ended.
     */
    @SuppressWarnings("unchecked")
    @Override
    public Withdrawn close(List<Long> enrolmentIds, String status, Instant now, String by, String reason) {
        if (enrolmentIds.isEmpty()) {
            return Withdrawn.NONE;
        }
        String tenant = TenantContext.require();
        List<Long> open = ((List<Object>) em.createNativeQuery("SELECT id FROM enrolment WHERE tenant_id = :tenant AND id IN (:ids) "
                        + "AND status IN (" + OPEN_SEQUENCES + ") ORDER BY id FOR UPDATE")
                .setParameter("tenant", tenant).setParameter("ids", enrolmentIds.stream().sorted().toList()).getResultList())
                .stream().map(Rows::lng).toList();
        if (open.isEmpty()) {
            return Withdrawn.NONE;
        }
        Withdrawn closed = closeLocked(tenant, open, status, now, by, reason);
        dropSteps(tenant, "e.id", open);
        return new Withdrawn(closed.sequences(), closed.calls(), withdrawSms(tenant, "e.id", open, reason), 0);
    }

    /**
     * People who asked for one follow-up call per release: a running sequence that has had its call
     * closes (who and why kept), one that has not keeps only its next call (its cap becomes one).
     */
    @SuppressWarnings("unchecked")
    @Override
    public Withdrawn oneCallEach(List<Long> contactIds, Instant now, String by, String reason) {
        if (contactIds.isEmpty()) {
            return Withdrawn.NONE;
        }
        String tenant = TenantContext.require();
        List<Object[]> rows = em.createNativeQuery("SELECT e.id, e.attempts FROM enrolment e JOIN contact c ON c.tenant_id = e.tenant_id "
                        + "AND c.id = e.contact_id WHERE e.tenant_id = :tenant AND e.contact_id IN (:ids) AND e.status IN ("
                        + OPEN_SEQUENCES + ") AND " + PreferenceSql.ONE_CALL + " ORDER BY e.id FOR UPDATE")
                .setParameter("tenant", tenant).setParameter("ids", contactIds.stream().distinct().sorted().toList()).getResultList();
        List<Long> called = rows.stream().filter(r -> Rows.integer(r[1]) > 0).map(r -> Rows.lng(r[0])).toList();
        List<Long> waiting = rows.stream().filter(r -> Rows.integer(r[1]) == 0).map(r -> Rows.lng(r[0])).toList();
        Withdrawn closed = Withdrawn.NONE;
        if (!called.isEmpty()) {
            closed = closeLocked(tenant, called, "CLOSED_CANCELLED", now, by, reason);
            dropSteps(tenant, "e.id", called);
            closed = new Withdrawn(closed.sequences(), closed.calls(), withdrawSms(tenant, "e.id", called, reason), 0);
        }
        int cut = 0;
        if (!waiting.isEmpty()) {
            em.createNativeQuery("UPDATE enrolment SET max_attempts = 1 WHERE tenant_id = :tenant AND id IN (:ids)")
                    .setParameter("tenant", tenant).setParameter("ids", waiting).executeUpdate();
            List<Object[]> tasks = em.createNativeQuery("SELECT id, enrolment_id FROM call_task WHERE tenant_id = :tenant "
                            + "AND enrolment_id IN (:ids) AND status IN (" + TO_CALL + ") ORDER BY enrolment_id, opens_at, id")
                    .setParameter("tenant", tenant).setParameter("ids", waiting).getResultList();
            java.util.Set<Long> kept = new java.util.HashSet<>();
            List<Long> later = tasks.stream().filter(t -> !kept.add(Rows.lng(t[1]))).map(t -> Rows.lng(t[0])).sorted().toList();
            if (!later.isEmpty()) {
                cut = em.createNativeQuery(CUT_CALLS)
                        .setParameter("tenant", tenant).setParameter("ids", later).executeUpdate();
            }
        }
        return new Withdrawn(closed.sequences(), closed.calls() + cut, closed.sms(), 0);
    }

    /** Sequences already locked and open: closed, and their calls still to make cancelled. */
    private Withdrawn closeLocked(String tenant, List<Long> enrolments, String status, Instant now, String by, String reason) {
        int sequences = em.createNativeQuery("UPDATE enrolment SET status = :status, closed_at = :now, closed_by = LEFT(:by, 254), "
                        + "closed_reason = LEFT(:reason, 160), callback_at = NULL WHERE tenant_id = :tenant AND id IN (:ids)")
                .setParameter("status", status).setParameter("now", Timestamp.from(now)).setParameter("by", by)
                .setParameter("reason", reason).setParameter("tenant", tenant).setParameter("ids", enrolments).executeUpdate();
        int calls = em.createNativeQuery(CANCEL_CALLS)
                .setParameter("tenant", tenant).setParameter("ids", enrolments).executeUpdate();
        return new Withdrawn(sequences, calls, 0, 0);
    }

    /** Anchor SMS still waiting (or held by a pause), of the sequences whose {@code column} ({@code e.id} or {@code e.contact_id}) is listed. */
    private int withdrawSms(String tenant, String column, List<Long> ids, String reason) {
        return em.createNativeQuery("UPDATE sms_outbox m JOIN enrolment e ON e.tenant_id = m.tenant_id AND e.id = m.enrolment_id "
                        + "SET m.status = 'WITHDRAWN', m.last_error = LEFT(:reason, 300) WHERE m.tenant_id = :tenant "
                        + "AND " + column + " IN (:ids) AND m.status IN ('PENDING','HELD')")
                .setParameter("reason", reason).setParameter("tenant", tenant).setParameter("ids", ids).executeUpdate();
    }

    /**
     * The engine's pending steps of these sequences ({@code column}: {@code e.id} or {@code e.contact_id}) are dropped. Found without locks, then changed
     * by primary key while still pending: a step the engine has claimed meanwhile is left to it (its
     * statements find the calls cancelled and do nothing), and no range of the queue is locked.
     */
    @SuppressWarnings("unchecked")
    public void dropSteps(String tenant, String column, List<Long> ids) {
        List<Long> steps = new ArrayList<>();
        for (Object id : em.createNativeQuery("SELECT s.id FROM enrolment e JOIN call_task t ON t.tenant_id = e.tenant_id "
                        + "AND t.enrolment_id = e.id JOIN due_step s ON s.tenant_id = t.tenant_id AND s.ref_id = t.id "
                        + "AND s.kind IN ('SLOT_OPEN','SLOT_CLOSE','CALLBACK_DUE') WHERE e.tenant_id = :tenant AND " + column + " IN (:ids) "
                        + "AND s.status = 'PENDING' UNION ALL SELECT s.id FROM enrolment e JOIN due_step s ON s.tenant_id = e.tenant_id "
                        + "AND s.ref_id = e.id AND s.kind IN ('SMS_DUE','DAY_END','SEQUENCE_END') WHERE e.tenant_id = :tenant "
                        + "AND " + column + " IN (:ids) AND s.status = 'PENDING'")
                .setParameter("tenant", tenant).setParameter("ids", ids).getResultList()) {
            steps.add(Rows.lng(id));
        }
        if (!steps.isEmpty()) {
            em.createNativeQuery("UPDATE due_step SET status = 'DROPPED' WHERE tenant_id = :tenant AND id IN (:ids) "
                            + "AND status = 'PENDING'")
                    .setParameter("tenant", tenant).setParameter("ids", steps.stream().sorted().toList()).executeUpdate();
        }
    }

    /**
     * Whether the person refuses calls now, or has had the calls they accept from all agencies since
     * {@code capSince} (read at the moment of use: a card left open in another tab).
     */
    @Override
    public boolean refusesCalls(long contactId, Instant capSince) {
        return !em.createNativeQuery("SELECT c.id FROM contact c WHERE c.tenant_id = :tenant AND c.id = :id AND (" + SAYS_NO
                        + " OR " + PreferenceSql.CAPPED + ")")
                .setParameter("tenant", TenantContext.require()).setParameter("id", contactId)
                .setParameter("capSince", Rows.at(capSince)).getResultList().isEmpty();
    }
}
