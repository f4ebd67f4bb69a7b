package io.relance.infrastructure.persistence.journee;

import io.relance.application.journee.Card;
import io.relance.application.journee.QueueItem;
import io.relance.application.journee.QueueRepository;
import io.relance.domain.campaign.TaskKind;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.sequence.Outcome;
import io.relance.domain.sms.SmsStatus;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.PreferenceSql;
import io.relance.infrastructure.persistence.PromiseSql;
import io.relance.domain.sequence.TaskStatus;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.SequenceSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reads of "Ma journée". The queue is one query on the (tenant_id, caller_id, opens_at) index
 * joined by primary keys: its cost follows the caller's day, not the size of the agency.
 */
@ApplicationScoped
public class JpaQueueRepository implements QueueRepository {

    private static final String COLUMNS = "SELECT t.id, t.kind, t.day_no, t.slot_no, t.opens_at, t.closes_at, t.status, "
            + "e.id, c.id, c.first_name, c.last_name, o.name, o.periodicity, c.mobile, c.landline, k.id, k.subject, cl.name, "
            + "e.attempts, e.max_attempts, t.caller_id, c.privileged, "
            // a reply since the sequence began: the caller reads it before dialling (one index probe per call)
            + "EXISTS (SELECT 1 FROM sms_reply r WHERE r.tenant_id = t.tenant_id AND r.contact_id = c.id "
            + "AND r.received_at >= e.created_at AND r.stop = FALSE), "
            // the anchor SMS (one per sequence: its unique key) promised this day, and no call was made in it yet
            + "EXISTS (SELECT 1 FROM sms_outbox p WHERE p.tenant_id = t.tenant_id AND p.enrolment_id = e.id "
            + "AND " + PromiseSql.MADE + " AND t.opens_at >= p.promised_from AND t.opens_at < p.promised_to "
            + "AND NOT " + PromiseSql.KEPT + ") ";

    /**
     * By primary key only: t.tenant_id = :tenant pins the task, and the composite foreign keys
     * (tenant_id, x_id) make every joined row the task's tenant. A tenant_id = t.tenant_id here
     * would become a constant that sends the optimizer into every tenant-prefixed index of
     * enrolment, contact, outlet, campaign and client (about 30 index dives, ~150 pages: 20-40 ms
     * on a cold cache, four times the query itself; see docs/BENCHMARKS.md, "Ma journée").
     */
    private static final String JOINS = "JOIN enrolment e ON e.id = t.enrolment_id JOIN contact c ON c.id = e.contact_id "
            + "LEFT JOIN outlet o ON o.id = c.outlet_id JOIN campaign k ON k.id = e.campaign_id JOIN client cl ON cl.id = k.client_id ";

    /** A caller's tasks of a day, on the one index that answers them: no dives into the other two. */
    private static final String CALLER_TASKS = "call_task t FORCE INDEX (ix_task_tenant_caller_opens) ";

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    /**
     * The first {@code max} calls of a caller opening in [from, to) and still to make; privileged
     * contacts only if allowed; never a person who said no (checked again here, at the moment of use).
     */
    @SuppressWarnings("unchecked")
    @Override
    public List<QueueItem> calls(long callerId, Instant from, Instant to, boolean privileged, int max) {
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "FROM " + CALLER_TASKS + JOINS
                        + "WHERE t.tenant_id = :tenant AND t.caller_id = :caller AND t.opens_at >= :from AND t.opens_at < :to "
                        + "AND t.status IN (" + SequenceSql.TO_CALL + ") AND NOT " + SequenceSql.SAYS_NO
                        // a journalist's weekly cap across agencies, reached: their calls wait (only those who asked)
                        + " AND NOT " + PreferenceSql.CAPPED
                        + (privileged ? "" : " AND c.privileged = FALSE") + " ORDER BY t.opens_at, t.id LIMIT " + max)
                .setParameter("capSince", Rows.at(from.minus(java.time.Duration.ofDays(7))))
                .setParameter("tenant", TenantContext.require()).setParameter("caller", callerId)
                .setParameter("from", Rows.at(from)).setParameter("to", Rows.at(to)).getResultList();
        List<QueueItem> items = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            items.add(item(r));
        }
        return items;
    }

    @Override
    public long done(long callerId, Instant from, Instant to) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + CALLER_TASKS
                        + "WHERE t.tenant_id = :tenant AND t.caller_id = :caller AND t.opens_at >= :from AND t.opens_at < :to "
                        + "AND t.status = '" + TaskStatus.DONE + "'")
                .setParameter("tenant", TenantContext.require()).setParameter("caller", callerId)
                .setParameter("from", Rows.at(from)).setParameter("to", Rows.at(to)).getSingleResult()).longValue();
    }

    @Override
    public Optional<QueueItem> task(long taskId) {
        return Optional.ofNullable(firstOf(COLUMNS + "FROM call_task t " + JOINS + "WHERE t.tenant_id = :tenant AND t.id = :id", taskId))
                .map(JpaQueueRepository::item);
    }

    /** The callers' texts of a campaign and the contact's public notes (the card, not the list). */
    @SuppressWarnings("unchecked")
    @Override
    public String[] texts(long campaignId, long contactId) {
        List<Object[]> rows = em.createNativeQuery("SELECT k.key_message, k.call_script, c.notes FROM campaign k "
                        + "JOIN contact c ON c.tenant_id = k.tenant_id AND c.id = :contact WHERE k.tenant_id = :tenant AND k.id = :campaign")
                .setParameter("contact", contactId).setParameter("tenant", TenantContext.require())
                .setParameter("campaign", campaignId).getResultList();
        return rows.isEmpty() ? new String[3] : new String[]{(String) rows.get(0)[0], (String) rows.get(0)[1], (String) rows.get(0)[2]};
    }

    /** The number a caller found wrong, if the contact still has it. */
    @Override
    public Card.WrongNumber wrongNumber(long contactId) {
        Object[] r = firstOf("SELECT wrong_number, wrong_number_at FROM contact WHERE tenant_id = :tenant "
                + "AND id = :id AND wrong_number IS NOT NULL", contactId);
        return r == null ? null : new Card.WrongNumber((String) r[0], Rows.instant(r[1]));
    }

    /** The person's last attempts across the agency's campaigns, newest first. */
    @SuppressWarnings("unchecked")
    @Override
    public List<Card.PastAttempt> history(long contactId, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT a.made_at, a.outcome, s.first_name, s.last_name, k.subject, a.callback_at "
                        + "FROM attempt a JOIN campaign k ON k.tenant_id = a.tenant_id AND k.id = a.campaign_id "
                        + "LEFT JOIN staff_member s ON s.tenant_id = a.tenant_id AND s.id = a.caller_id "
                        + "WHERE a.tenant_id = :tenant AND a.contact_id = :contact ORDER BY a.made_at DESC, a.id DESC LIMIT " + max)
                .setParameter("tenant", TenantContext.require()).setParameter("contact", contactId).getResultList();
        return rows.stream().map(r -> new Card.PastAttempt(Rows.instant(r[0]), Outcome.valueOf((String) r[1]),
                r[3] == null ? null : Rows.name(r[2], r[3]), (String) r[4], Rows.instant(r[5]))).toList();
    }

    /** Where the anchor SMS of an enrolment stands, if it has one. */
    @Override
    public Card.Sms sms(long enrolmentId) {
        Object[] r = firstOf("SELECT status, COALESCE(delivered_at, sent_at, due_at) FROM sms_outbox "
                + "WHERE tenant_id = :tenant AND enrolment_id = :id", enrolmentId);
        return r == null ? null : new Card.Sms(SmsStatus.valueOf((String) r[0]), Rows.instant(r[1]));
    }

    /** The first row of a query of the current agency on one id (:tenant, :id), else null. */
    @SuppressWarnings("unchecked")
    private Object[] firstOf(String sql, long id) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("tenant", TenantContext.require())
                .setParameter("id", id).setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The person's last SMS replies, newest first. */
    @SuppressWarnings("unchecked")
    @Override
    public List<Card.Reply> replies(long contactId, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT received_at, body, stop FROM sms_reply WHERE tenant_id = :tenant "
                        + "AND contact_id = :contact ORDER BY received_at DESC, id DESC LIMIT " + max)
                .setParameter("tenant", TenantContext.require()).setParameter("contact", contactId).getResultList();
        return rows.stream().map(r -> new Card.Reply(Rows.instant(r[0]), (String) r[1], Rows.bool(r[2]))).toList();
    }

    private static QueueItem item(Object[] r) {
        return new QueueItem(Rows.lng(r[0]), TaskKind.valueOf((String) r[1]), Rows.integer(r[2]), Rows.integer(r[3]), Rows.instant(r[4]),
                Rows.instant(r[5]), TaskStatus.valueOf((String) r[6]), false, Rows.lng(r[7]), Rows.lng(r[8]), Rows.name(r[9], r[10]),
                (String) r[11], r[12] == null ? null : Periodicity.valueOf((String) r[12]), (String) r[13], (String) r[14],
                Rows.lng(r[15]), (String) r[16], (String) r[17], Rows.integer(r[18]), Rows.integer(r[19]), Rows.lng(r[20]),
                Rows.bool(r[21]), Rows.bool(r[22]), Rows.bool(r[23]));
    }
}
