package io.relance.infrastructure.persistence.campaigns;

import io.relance.application.campaigns.HaltStore;
import io.relance.application.tenant.TenantContext;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.Transition;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.sequence.JpaWithdrawalStore;
import io.relance.infrastructure.persistence.JpaAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.relance.infrastructure.persistence.SequenceSql.quoted;

/**
 * Pause, resume and stop of sequences, set-based, in the caller's transaction, for the current
 * tenant. Enrolments are locked before their call tasks, each in ascending id order (the engine's
 * order). A pause keeps everything it interrupts so that a resume loses nothing: the calls still to
 * make wait as PAUSED (neither the engine nor a queue reads them), the engine's pending steps are
 * dropped (the resume plans new ones), the SMS and emails still to send are HELD (no sender claims
 * them). A stop closes them as a "no" does ({@link JpaWithdrawalStore#close}) and withdraws their emails.
 */
@ApplicationScoped
public class JpaHaltStore extends JpaAdapter implements HaltStore {

    // the statuses, from the domain's table of transitions (rendered once)
    private static final String CALLABLE = quoted(Transition.PAUSE.from());
    private static final String PAUSED = "'" + Transition.PAUSE.target() + "'";
    private static final String STOPPABLE = quoted(Transition.WITHDRAWN.from());
    private static final String PAUSING_TASKS = quoted(Transition.PAUSE.tasksFrom());
    private static final String RESUMING_TASKS = quoted(Transition.RESUME.tasksFrom());
    private static final int CHUNK = 1000;

    @jakarta.inject.Inject
    JpaWithdrawalStore withdrawals; // the implementation: a stop drops the steps as a "no" does (dropSteps)

    /**
     * The campaign's sequences, ascending: every running or paused one ({@code pausedWithIt} false,
     * what a stop closes), or those its own pause paused ({@code pausedWithIt} true, what its resume
     * resumes — a person paused on their own before stays paused until resumed on their own).
     */
    @Override
    public List<Long> ofCampaign(long campaignId, boolean pausedWithIt) {
        List<Long> ids = new ArrayList<>();
        for (Object id : sql("SELECT e.id FROM enrolment e WHERE e.tenant_id = :tenant AND e.campaign_id = :campaign "
                        + (pausedWithIt ? "AND e.status = " + PAUSED + " AND e.paused_at = (SELECT k.paused_at FROM campaign k "
                        + "WHERE k.tenant_id = e.tenant_id AND k.id = e.campaign_id)" : "AND e.status IN (" + STOPPABLE + ")")
                        + " ORDER BY e.id").setParameter("campaign", campaignId).getResultList()) {
            ids.add(Rows.lng(id));
        }
        return ids;
    }

    /**
     * The campaign's callable sequences are paused (see {@link #pause(List, Instant, String, String)}),
     * stamped with the campaign's own pause time (its row, written first): that is how its resume
     * tells them from a person paused on their own.
     */
    @Override
    public int pauseCampaign(long campaignId, Instant now, String by, String reason) {
        String tenant = TenantContext.require();
        List<Long> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("SELECT id FROM enrolment WHERE tenant_id = :tenant AND campaign_id = :campaign "
                        + "AND status IN (" + CALLABLE + ") ORDER BY id")
                .setParameter("tenant", tenant).setParameter("campaign", campaignId).getResultList()) {
            ids.add(Rows.lng(id));
        }
        List<Long> paused = pauseAll(ids, now, by, reason);
        for (List<Long> chunk : chunks(paused)) {
            em.createNativeQuery("UPDATE enrolment e JOIN campaign k ON k.tenant_id = e.tenant_id AND k.id = e.campaign_id "
                            + "SET e.paused_at = k.paused_at WHERE e.tenant_id = :tenant AND e.id IN (:ids)")
                    .setParameter("tenant", tenant).setParameter("ids", chunk).executeUpdate();
        }
        // the release of people without a sequence ("envoi seul") waits with the rest: nothing leaves a paused campaign
        sql("UPDATE mail_outbox SET status = 'HELD' WHERE tenant_id = :tenant AND campaign_id = :campaign "
                + "AND status = 'PENDING' AND kind <> 'TEAM'").setParameter("campaign", campaignId).executeUpdate();
        return paused.size();
    }

    @Override
    public void resumeCampaignMails(long campaignId, Instant now) {
        sql("UPDATE mail_outbox m SET m.status = 'PENDING', m.due_at = GREATEST(m.due_at, :now) WHERE m.tenant_id = :tenant "
                + "AND m.campaign_id = :campaign AND m.status = 'HELD' AND m.kind <> 'TEAM' AND NOT EXISTS (SELECT 1 FROM enrolment e "
                + "WHERE e.tenant_id = m.tenant_id AND e.campaign_id = m.campaign_id AND e.contact_id = m.contact_id "
                + "AND e.status = " + PAUSED + ")")
                .setParameter("campaign", campaignId).setParameter("now", Timestamp.from(now)).executeUpdate();
    }

    /**
     * The callable ones among these sequences pause: their calls still to make wait, the engine's
     * steps for them are dropped, their SMS and emails still to send are held. Answers how many paused.
     */
    @Override
    public int pause(List<Long> enrolmentIds, Instant now, String by, String reason) {
        return pauseAll(enrolmentIds, now, by, reason).size();
    }

    private List<Long> pauseAll(List<Long> enrolmentIds, Instant now, String by, String reason) {
        List<Long> paused = new ArrayList<>();
        for (List<Long> chunk : chunks(enrolmentIds)) {
            List<Long> locked = lock(chunk, CALLABLE);
            if (locked.isEmpty()) {
                continue;
            }
            String tenant = TenantContext.require();
            em.createNativeQuery("UPDATE enrolment SET status = " + PAUSED + ", callback_at = NULL, paused_at = :now, "
                            + "paused_by = LEFT(:by, 254), paused_reason = LEFT(:reason, 160) WHERE tenant_id = :tenant AND id IN (:ids)")
                    .setParameter("now", Timestamp.from(now)).setParameter("by", by).setParameter("reason", reason)
                    .setParameter("tenant", tenant).setParameter("ids", locked).executeUpdate();
            tasks(locked, PAUSING_TASKS, Transition.PAUSE.tasksTo().name());
            withdrawals.dropSteps(tenant, "e.id", locked);
            outboxes(locked, "'PENDING'", "HELD", null);
            paused.addAll(locked);
        }
        return paused;
    }

    /**
     * Before a resume plans them again: the paused calls of these (locked, still paused) sequences
     * are cancelled, their held emails go back to the queue, and their held anchor SMS is removed —
     * it never left, and it is written again before the first resumed call, with the right day in
     * its text.
     */
    @Override
    public void releaseForResume(List<Long> enrolmentIds, Instant now) {
        if (enrolmentIds.isEmpty()) {
            return;
        }
        tasks(enrolmentIds, RESUMING_TASKS, Transition.RESUME.tasksTo().name());
        sql("DELETE FROM sms_outbox WHERE tenant_id = :tenant AND enrolment_id IN (:ids) AND status = 'HELD'")
                .setParameter("ids", enrolmentIds).executeUpdate();
        mails(enrolmentIds, "'HELD'", "PENDING", null, now);
    }

    /** Those of these sequences whose anchor SMS was written and not merely held (they get no other). */
    @Override
    public List<Long> withAnchorSms(List<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        List<Long> had = new ArrayList<>();
        for (Object id : sql("SELECT DISTINCT enrolment_id FROM sms_outbox WHERE tenant_id = :tenant "
                        + "AND enrolment_id IN (:ids) AND status <> 'HELD' ORDER BY enrolment_id")
                .setParameter("ids", enrolmentIds).getResultList()) {
            had.add(Rows.lng(id));
        }
        return had;
    }

    /**
     * These sequences, running or paused, close as stopped ("arrêtée") with who and why: their calls
     * still to make are cancelled, the engine's steps for them dropped, their SMS and emails still
     * waiting withdrawn. Answers how many closed.
     */
    @Override
    public int stop(List<Long> enrolmentIds, Instant now, String by, String reason) {
        int stopped = 0;
        for (List<Long> chunk : chunks(enrolmentIds)) {
            // the same closing as a "no" (calls, steps, anchor SMS), then the emails of a campaign that is not going on
            stopped += withdrawals.close(chunk, "CLOSED_STOPPED", now, by, reason).sequences();
            mails(chunk, "'PENDING','HELD'", "WITHDRAWN", reason, null);
        }
        return stopped;
    }

    @Override
    public Optional<Enrolment> enrolment(long id) {
        return Optional.ofNullable(em.find(Enrolment.class, id));
    }

    @Override
    public void lock(Enrolment enrolment) {
        em.refresh(enrolment, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Enrolment> lockPaused(List<Long> enrolmentIds) {
        return em.createQuery("select e from Enrolment e where e.id in :ids and e.status = :paused order by e.id",
                        Enrolment.class).setParameter("ids", enrolmentIds).setParameter("paused", EnrolmentStatus.PAUSED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    /** Locks the sequences still in these statuses, in id order; answers them. */
    private List<Long> lock(List<Long> ids, String statuses) {
        List<Long> locked = new ArrayList<>();
        for (Object id : sql("SELECT id FROM enrolment WHERE tenant_id = :tenant AND id IN (:ids) "
                        + "AND status IN (" + statuses + ") ORDER BY id FOR UPDATE").setParameter("ids", ids).getResultList()) {
            locked.add(Rows.lng(id));
        }
        return locked;
    }

    /** Their tasks in {@code from} move to {@code to}, locked first in id order (after their enrolments). */
    private void tasks(List<Long> enrolments, String from, String to) {
        String tenant = TenantContext.require();
        List<Long> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("SELECT id FROM call_task WHERE tenant_id = :tenant AND enrolment_id IN (:ids) "
                        + "AND status IN (" + from + ") ORDER BY id FOR UPDATE")
                .setParameter("tenant", tenant).setParameter("ids", enrolments).getResultList()) {
            ids.add(Rows.lng(id));
        }
        for (List<Long> chunk : chunks(ids)) {
            em.createNativeQuery("UPDATE call_task SET status = :to WHERE tenant_id = :tenant AND id IN (:ids)")
                    .setParameter("to", to).setParameter("tenant", tenant).setParameter("ids", chunk).executeUpdate();
        }
    }

    /** Their anchor SMS and their emails (the release, a resend; never the team's copies) move from → to. */
    private void outboxes(List<Long> enrolments, String from, String to, String reason) {
        var q = sql("UPDATE sms_outbox SET status = :to" + (reason == null ? "" : ", last_error = LEFT(:reason, 300)")
                        + " WHERE tenant_id = :tenant AND enrolment_id IN (:ids) AND status IN (" + from + ")")
                .setParameter("to", to).setParameter("ids", enrolments);
        if (reason != null) {
            q.setParameter("reason", reason);
        }
        q.executeUpdate();
        mails(enrolments, from, to, reason, null);
    }

    /**
     * The emails of these sequences' people in their campaigns (the release at launch carries no
     * enrolment, so campaign and contact say whose it is). Released ones leave at once, or on their
     * send date if it is still ahead.
     */
    private void mails(List<Long> enrolments, String from, String to, String reason, Instant dueNow) {
        var q = sql("UPDATE mail_outbox m JOIN enrolment e ON e.tenant_id = m.tenant_id "
                        + "AND e.campaign_id = m.campaign_id AND e.contact_id = m.contact_id SET m.status = :to"
                        + (reason == null ? "" : ", m.last_error = LEFT(:reason, 300)") + (dueNow == null ? "" : ", m.due_at = GREATEST(m.due_at, :due)")
                        + " WHERE m.tenant_id = :tenant AND e.id IN (:ids) AND m.status IN (" + from + ") AND m.kind <> 'TEAM'")
                .setParameter("to", to).setParameter("ids", enrolments);
        if (reason != null) {
            q.setParameter("reason", reason);
        }
        if (dueNow != null) {
            q.setParameter("due", Timestamp.from(dueNow));
        }
        q.executeUpdate();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }
}
