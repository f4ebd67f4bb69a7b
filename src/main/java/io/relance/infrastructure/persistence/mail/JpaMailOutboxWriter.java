package io.relance.infrastructure.persistence.mail;

import io.relance.application.mail.Attachment;
import io.relance.application.mail.MailOutboxWriter;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * Reads who a campaign's release email goes to and writes emails into the outbox, in the caller's
 * transaction (the launch, a "renvoyez-le-moi"): multi-row INSERT IGNORE, so that a launch of
 * thousands is a few statements and an idempotency key already taken writes nothing. One email
 * may carry files (a quote's PDF, a meeting's invitation), written with it.
 */
@ApplicationScoped
public class JpaMailOutboxWriter implements MailOutboxWriter {

    /** Rows per INSERT: well under max_allowed_packet with texts of a few kB. */
    private static final int CHUNK = 100;

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    /**
     * The campaign's targets, called or "envoi seul" (their sequence if any), or the one sequence
     * {@code enrolmentId} (a resend): one query. The signer is the caller of the sequence, else the
     * chef who created the campaign. Reachable: not opted out, not erased; do-not-call stops the
     * calls only. The journalists' platform-wide preferences (no calls, email only, away) are about
     * calls and SMS: none of them refuses the release by email.
     */
    @SuppressWarnings("unchecked")
    @Override
    public List<Recipient> recipients(long campaignId, Long enrolmentId) {
        String from = enrolmentId == null
                ? "FROM campaign_target t JOIN contact c ON c.tenant_id = t.tenant_id AND c.id = t.contact_id "
                        + "LEFT JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.campaign_id = t.campaign_id "
                        + "AND e.contact_id = t.contact_id "
                : "FROM enrolment t JOIN contact c ON c.tenant_id = t.tenant_id AND c.id = t.contact_id "
                        + "JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.id ";
        var query = em.createNativeQuery("SELECT e.id, c.id, c.email, (c.opted_out = FALSE AND c.erased_at IS NULL), "
                        + "c.first_name, c.last_name, k.subject, k.email_subject, k.email_body, COALESCE(s.first_name, ch.first_name), "
                        + "k.created_by, a.name, c.time_zone, k.send_date, k.send_time, a.country " + from
                        + "JOIN campaign k ON k.tenant_id = t.tenant_id AND k.id = t.campaign_id "
                        + "JOIN agency a ON a.id = t.tenant_id "
                        + "LEFT JOIN staff_member s ON s.tenant_id = e.tenant_id AND s.id = e.caller_id "
                        + "LEFT JOIN staff_member ch ON ch.tenant_id = k.tenant_id AND ch.email = k.created_by "
                        + "WHERE t.tenant_id = :tenant AND t.campaign_id = :campaign"
                        + (enrolmentId == null ? "" : " AND t.id = :enrolment") + " ORDER BY c.id")
                .setParameter("tenant", TenantContext.require()).setParameter("campaign", campaignId);
        if (enrolmentId != null) {
            query.setParameter("enrolment", enrolmentId);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Recipient(r[0] == null ? null : Rows.lng(r[0]), campaignId, Rows.lng(r[1]),
                (String) r[2], Rows.bool(r[3]), (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                (String) r[9], (String) r[10], (String) r[11], (String) r[12], Rows.date(r[13]), time(r[14]),
                (String) r[15])).toList();
    }

    private static LocalTime time(Object value) {
        return value == null ? null : value instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) value;
    }

    /** Writes the emails, each due at its own time; answers how many were new (a taken key writes nothing). */
    @Override
    public int insertDue(List<Due> mails, Instant now) {
        String tenant = TenantContext.require();
        int written = 0;
        for (int from = 0; from < mails.size(); from += CHUNK) {
            List<Due> chunk = mails.subList(from, Math.min(mails.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("INSERT IGNORE INTO mail_outbox (tenant_id, campaign_id, contact_id, "
                    + "enrolment_id, kind, idempotency_key, to_email, reply_to, subject, body_text, unsubscribe_token, status, "
                    + "due_at, requested_by, created_at, template_id) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:tenant, :campaign").append(i).append(", :contact").append(i)
                        .append(", :enrolment").append(i).append(", :kind").append(i).append(", :key").append(i)
                        .append(", :to").append(i).append(", :replyTo").append(i).append(", :subject").append(i)
                        .append(", :body").append(i).append(", :token").append(i).append(", 'PENDING', :due").append(i)
                        .append(", :by").append(i)
                        .append(", :now, :template").append(i).append(')');
            }
            var q = em.createNativeQuery(sql.toString()).setParameter("tenant", tenant).setParameter("now", Timestamp.from(now));
            for (int i = 0; i < chunk.size(); i++) {
                NewMail m = chunk.get(i).mail();
                q.setParameter("due" + i, Timestamp.from(chunk.get(i).at()));
                q.setParameter("campaign" + i, m.campaignId()).setParameter("contact" + i, m.contactId())
                        .setParameter("enrolment" + i, m.enrolmentId()).setParameter("kind" + i, m.kind())
                        .setParameter("key" + i, m.key()).setParameter("to" + i, m.toEmail())
                        .setParameter("replyTo" + i, m.replyTo()).setParameter("subject" + i, m.subject())
                        .setParameter("body" + i, m.bodyText()).setParameter("token" + i, m.token())
                        .setParameter("by" + i, m.requestedBy()).setParameter("template" + i, m.templateId());
            }
            written += q.executeUpdate();
        }
        return written;
    }

    /**
     * One email and its files, due now, in the caller's transaction. Answers false when its key is
     * taken (a double click): then nothing is written, files included.
     */
    @Override
    public boolean insert(NewMail mail, List<Attachment> attachments, Instant now) {
        if (insert(List.of(mail), now) == 0) {
            return false;
        }
        String tenant = TenantContext.require();
        // the key names the row just written (LAST_INSERT_ID would depend on the pooled connection)
        long mailId = ((Number) em.createNativeQuery("SELECT id FROM mail_outbox WHERE tenant_id = :tenant AND idempotency_key = :key")
                .setParameter("tenant", tenant).setParameter("key", mail.key()).getSingleResult()).longValue();
        for (Attachment a : attachments) {
            // one row each: a file may weigh megabytes, a multi-row statement could exceed max_allowed_packet
            em.createNativeQuery("INSERT INTO mail_attachment (tenant_id, mail_id, filename, content_type, content) "
                            + "VALUES (:tenant, :mail, :name, :type, :content)")
                    .setParameter("tenant", tenant).setParameter("mail", mailId).setParameter("name", a.filename())
                    .setParameter("type", a.contentType()).setParameter("content", a.content()).executeUpdate();
        }
        return true;
    }
}
