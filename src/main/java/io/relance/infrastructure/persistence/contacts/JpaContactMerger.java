package io.relance.infrastructure.persistence.contacts;

import io.relance.application.contacts.ContactMerger;
import io.relance.application.contacts.DuplicatePair;
import io.relance.application.contacts.FormerOutletRow;
import io.relance.domain.contact.ContactMerge;
import io.relance.domain.contact.FormerOutlet;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.StepKind;
import io.relance.domain.sequence.Transition;
import io.relance.infrastructure.persistence.JpaAdapter;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.SequenceSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A merge's moves in set-based SQL, in the caller's transaction (all or nothing), always on the
 * current agency's rows; and the "doublons possibles" pairs, found by the same keys the address book
 * refuses (email, mobile) or warns about (name at the same outlet), each arm on its tenant index.
 */
@ApplicationScoped
public class JpaContactMerger extends JpaAdapter implements ContactMerger {

    /** Tables whose rows name the contact directly, and the word the merge record uses for them. */
    private static final String[][] BY_CONTACT = {{"enrolment", "sequences"}, {"attempt", "attempts"},
            {"qualification", "qualifications"}, {"meeting", "meetings"}, {"mail_outbox", "emails"},
            {"coverage", "coverage"}, {"sms_reply", "smsReplies"}, {"contact_former_outlet", "formerOutlets"}};

    /** Steps of the engine that refer to an enrolment (the others refer to a call task, which moves). */
    private static final String ENROLMENT_STEPS = SequenceSql.quoted(List.of(StepKind.SMS_DUE, StepKind.DAY_END, StepKind.SEQUENCE_END));

    private static final String TASKS_WITHDRAWN = "UPDATE call_task SET status = '" + Transition.WITHDRAWN.tasksTo()
            + "' WHERE tenant_id = :tenant AND enrolment_id = :drop AND status IN (" + SequenceSql.quoted(Transition.WITHDRAWN.tasksFrom()) + ")";

    @Override
    public Map<String, Integer> move(long keptId, long removedId) {
        em.flush();
        Map<String, Integer> moved = new LinkedHashMap<>();
        moved.put("calls", (int) count(sql("SELECT COUNT(*) FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id "
                + "AND e.id = t.enrolment_id WHERE t.tenant_id = :tenant AND e.contact_id = :removed").setParameter("removed", removedId)));
        moved.put("sms", (int) count(sql("SELECT COUNT(*) FROM sms_outbox s JOIN enrolment e ON e.tenant_id = s.tenant_id "
                + "AND e.id = s.enrolment_id WHERE s.tenant_id = :tenant AND e.contact_id = :removed").setParameter("removed", removedId)));
        int folded = 0;
        for (Object[] pair : rows(sql("SELECT k.id, k.status, k.attempts, r.id, r.status, r.attempts FROM enrolment k "
                + "JOIN enrolment r ON r.tenant_id = k.tenant_id AND r.campaign_id = k.campaign_id AND r.contact_id = :removed "
                + "WHERE k.tenant_id = :tenant AND k.contact_id = :kept").setParameter("kept", keptId).setParameter("removed", removedId))) {
            boolean removedFirst = before(pair[4], Rows.integer(pair[5]), pair[1], Rows.integer(pair[2]));
            long keep = Rows.lng(removedFirst ? pair[3] : pair[0]);
            long drop = Rows.lng(removedFirst ? pair[0] : pair[3]);
            fold(keep, drop);
            folded++;
        }
        moved.put("sequencesFolded", folded);
        for (String[] table : BY_CONTACT) {
            moved.put(table[1], move(table[0], keptId, removedId));
        }
        // both targeted by one campaign: one target row stays (the key is the campaign and the contact)
        sql("DELETE r FROM campaign_target r JOIN campaign_target k ON k.tenant_id = r.tenant_id "
                + "AND k.campaign_id = r.campaign_id AND k.contact_id = :kept WHERE r.tenant_id = :tenant AND r.contact_id = :removed")
                .setParameter("kept", keptId).setParameter("removed", removedId).executeUpdate();
        moved.put("targets", move("campaign_target", keptId, removedId));
        sql("DELETE FROM contact WHERE tenant_id = :tenant AND id = :removed").setParameter("removed", removedId).executeUpdate();
        return moved;
    }

    /**
     * Which of two sequences of one person in one campaign stays: a closed one first (the person's
     * answer, which the bilan counts, is there: the running copy must not call them again), then the
     * one with more calls (the caller's queue already follows it), then the kept contact's.
     */
    private static boolean before(Object status, int attempts, Object otherStatus, int otherAttempts) {
        boolean closed = !EnrolmentStatus.RUNNING.contains(EnrolmentStatus.valueOf(status.toString()));
        boolean otherClosed = !EnrolmentStatus.RUNNING.contains(EnrolmentStatus.valueOf(otherStatus.toString()));
        if (closed != otherClosed) {
            return closed;
        }
        return attempts > otherAttempts;
    }

    /**
     * The dropped sequence's history joins the kept one: its calls count against the kept one's
     * limits (the person received them), its calls still to make are cancelled (not made twice), its
     * attempts, tasks, meetings and emails move. One qualification card and one anchor SMS per
     * sequence: the dropped one's move when the kept one has none, else they go with it.
     */
    private void fold(long keep, long drop) {
        sql("UPDATE enrolment k JOIN enrolment d ON d.tenant_id = k.tenant_id AND d.id = :drop SET "
                + "k.attempts = LEAST(127, k.attempts + d.attempts), k.pick_ups = LEAST(127, k.pick_ups + d.pick_ups), "
                + "k.missed = LEAST(127, k.missed + d.missed) WHERE k.tenant_id = :tenant AND k.id = :keep")
                .setParameter("keep", keep).setParameter("drop", drop).executeUpdate();
        sql(TASKS_WITHDRAWN).setParameter("drop", drop).executeUpdate();
        for (String table : new String[]{"call_task", "attempt", "meeting", "mail_outbox"}) {
            reattach(table, keep, drop);
        }
        for (String table : new String[]{"qualification", "sms_outbox"}) {
            boolean keptHasOne = count(sql("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = :tenant AND enrolment_id = :keep")
                    .setParameter("keep", keep)) > 0;
            if (!keptHasOne) {
                reattach(table, keep, drop);
            } else if ("qualification".equals(table)) {
                sql("UPDATE meeting m JOIN qualification q ON q.tenant_id = m.tenant_id AND q.id = m.qualification_id "
                        + "SET m.qualification_id = NULL WHERE m.tenant_id = :tenant AND q.enrolment_id = :drop")
                        .setParameter("drop", drop).executeUpdate();
            }
            sql("DELETE FROM " + table + " WHERE tenant_id = :tenant AND enrolment_id = :drop").setParameter("drop", drop).executeUpdate();
        }
        sql("DELETE FROM due_step WHERE tenant_id = :tenant AND kind IN (" + ENROLMENT_STEPS + ") AND ref_id = :drop")
                .setParameter("drop", drop).executeUpdate();
        sql("DELETE FROM enrolment WHERE tenant_id = :tenant AND id = :drop").setParameter("drop", drop).executeUpdate();
    }

    private void reattach(String table, long keep, long drop) {
        sql("UPDATE " + table + " SET enrolment_id = :keep WHERE tenant_id = :tenant AND enrolment_id = :drop")
                .setParameter("keep", keep).setParameter("drop", drop).executeUpdate();
    }

    private int move(String table, long keptId, long removedId) {
        return sql("UPDATE " + table + " SET contact_id = :kept WHERE tenant_id = :tenant AND contact_id = :removed")
                .setParameter("kept", keptId).setParameter("removed", removedId).executeUpdate();
    }

    /**
     * Pairs (older, newer) sharing an email, a mobile, or a first and last name at one outlet (the
     * collation ignores case and accents, as the import's keys do); the strongest key per pair.
     */
    private static final String PAIRS = "SELECT p.a, p.b, MIN(p.k) AS k FROM ("
            + "SELECT a.id AS a, b.id AS b, '1email' AS k FROM contact a JOIN contact b ON b.tenant_id = a.tenant_id "
            + "AND b.email = a.email AND b.id > a.id WHERE a.tenant_id = :tenant AND a.email IS NOT NULL "
            + "AND a.erased_at IS NULL AND b.erased_at IS NULL "
            + "UNION ALL SELECT a.id, b.id, '2mobile' FROM contact a JOIN contact b ON b.tenant_id = a.tenant_id "
            + "AND b.mobile = a.mobile AND b.id > a.id WHERE a.tenant_id = :tenant AND a.mobile IS NOT NULL "
            + "AND a.erased_at IS NULL AND b.erased_at IS NULL "
            + "UNION ALL SELECT a.id, b.id, '3nameOutlet' FROM contact a JOIN contact b ON b.tenant_id = a.tenant_id "
            + "AND b.last_name = a.last_name AND b.id > a.id AND b.outlet_id = a.outlet_id "
            + "AND COALESCE(b.first_name, '') = COALESCE(a.first_name, '') WHERE a.tenant_id = :tenant "
            + "AND a.outlet_id IS NOT NULL AND a.erased_at IS NULL AND b.erased_at IS NULL) p GROUP BY p.a, p.b";

    @Override
    public List<DuplicatePair> pairs(int first, int size) {
        Query q = sql("SELECT x.a, ca.first_name, ca.last_name, oa.name, x.b, cb.first_name, cb.last_name, ob.name, x.k FROM ("
                + PAIRS + ") x JOIN contact ca ON ca.tenant_id = :tenant AND ca.id = x.a "
                + "JOIN contact cb ON cb.tenant_id = :tenant AND cb.id = x.b "
                + "LEFT JOIN outlet oa ON oa.tenant_id = ca.tenant_id AND oa.id = ca.outlet_id "
                + "LEFT JOIN outlet ob ON ob.tenant_id = cb.tenant_id AND ob.id = cb.outlet_id ORDER BY x.a, x.b");
        return rows(q.setFirstResult(first).setMaxResults(size)).stream()
                .map(r -> new DuplicatePair(Rows.lng(r[0]), Rows.name(r[1], r[2]), (String) r[3], Rows.lng(r[4]),
                        Rows.name(r[5], r[6]), (String) r[7], r[8].toString().substring(1)))
                .toList();
    }

    @Override
    public long countPairs() {
        return count(sql("SELECT COUNT(*) FROM (" + PAIRS + ") x"));
    }

    @Override
    public void record(ContactMerge merge) {
        insert(merge);
    }

    @Override
    public List<ContactMerge> merges(long contactId) {
        return em.createQuery("select m from ContactMerge m where m.keptId = :id order by m.createdAt desc, m.id desc", ContactMerge.class)
                .setParameter("id", contactId).getResultList();
    }

    @Override
    public void forget(long contactId) {
        em.createQuery("delete from ContactMerge m where m.keptId = :id").setParameter("id", contactId).executeUpdate();
    }

    @Override
    public List<FormerOutletRow> formerOutlets(long contactId) {
        return em.createQuery("select f from FormerOutlet f where f.contact.id = :id order by f.untilAt desc, f.id desc", FormerOutlet.class)
                .setParameter("id", contactId).getResultStream()
                .map(f -> new FormerOutletRow(f.getOutletName(), f.getFrom(), f.getUntil())).toList();
    }
}
