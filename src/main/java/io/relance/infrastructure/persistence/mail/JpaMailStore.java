package io.relance.infrastructure.persistence.mail;

import io.relance.application.common.RandomTokens;
import io.relance.application.mail.Attachment;
import io.relance.application.mail.MailRow;
import io.relance.application.mail.MailStore;
import io.relance.application.mail.Outgoing;
import io.relance.application.outbox.Channel;
import io.relance.application.tenant.TenantContext;
import io.relance.domain.contact.Contact;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.outbox.JpaOutboxStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The email outbox: the shared outbox's SQL ({@link JpaOutboxStore}), then what is the email's own:
 * the agency's name and language with the claim, a person who opted out or was erased since the
 * email was written (the team's copies of a meeting go to staff), its files, the OUTBOX fallback
 * where the server has no SMTP, whose a token is, the outbox page and the caller's card.
 */
@ApplicationScoped
public class JpaMailStore extends JpaOutboxStore<Outgoing> implements MailStore {

    public JpaMailStore() {
        super("mail_outbox", Channel.EMAIL, false);
    }

    @Override
    public List<String> tenantsWithDue(Instant now) {
        return tenantsWithDue(now, "", "");
    }

    /** Due emails of the current agency, claimed: SENDING under {@code lease} from now on, in this transaction. */
    @Override
    public List<Outgoing> claimDue(Instant now, int max, Instant lease) {
        List<Object[]> rows = claimRows("id, to_email, reply_to, subject, body_text, unsubscribe_token", now, max, lease,
                "SELECT m.id FROM mail_outbox m JOIN contact c ON c.tenant_id = m.tenant_id AND c.id = m.contact_id "
                        + "JOIN campaign k ON k.tenant_id = m.tenant_id AND k.id = m.campaign_id "
                        + "WHERE m.tenant_id = :tenant AND m.id IN (:ids) AND m.kind <> 'TEAM' "
                        // a release scheduled for its send date whose campaign was stopped since (an "envoi seul"
                        // person has no sequence for the stop to withdraw it with)
                        + "AND (c.opted_out = TRUE OR c.erased_at IS NOT NULL OR (m.kind = 'RELEASE' AND k.status = 'STOPPED'))",
                "opted out or campaign stopped before sending");
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] agency = (Object[]) em.createNativeQuery("SELECT name, locale FROM agency WHERE id = :tenant")
                .setParameter("tenant", TenantContext.require()).getSingleResult();
        // without their files: those are read one email at a time, just before it leaves (see files)
        return rows.stream().map(r -> new Outgoing(Rows.lng(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) agency[0], (String) agency[1], List.of())).toList();
    }

    /**
     * One email's files, in the order they were written. Read just before the email leaves, not with
     * the claimed batch: a batch of quotes holds megabytes each, and when the server is unreachable
     * the batch is released and claimed again every round.
     */
    @SuppressWarnings("unchecked")
    @Override
    public List<Attachment> files(long mailId) {
        List<Object[]> rows = em.createNativeQuery("SELECT filename, content_type, content FROM mail_attachment "
                        + "WHERE tenant_id = :tenant AND mail_id = :id ORDER BY id")
                .setParameter("tenant", TenantContext.require()).setParameter("id", mailId).getResultList();
        return rows.stream().map(r -> new Attachment((String) r[0], (String) r[1], bytes(r[2]))).toList();
    }

    private static byte[] bytes(Object value) {
        if (value instanceof java.sql.Blob blob) {
            try {
                return blob.getBytes(1, (int) blob.length());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return (byte[]) value;
    }

    /** No SMTP on this server: every due email stays on the outbox page, in one statement. */
    @Override
    public int keepInOutbox(Instant now) {
        return platform.update("UPDATE mail_outbox SET status = 'OUTBOX', sent_at = ? WHERE status = 'PENDING' AND due_at <= ?",
                now, now);
    }

    /** The agency and contact of a token; nothing else leaves this lookup. */
    @Override
    public Optional<TokenOwner> tokenOwner(String token) {
        return platform.query("SELECT tenant_id, contact_id, unsubscribe_token FROM mail_outbox WHERE unsubscribe_token = ?",
                        rs -> RandomTokens.same(rs.getString(3), token) ? new TokenOwner(rs.getString(1), rs.getLong(2)) : null, token)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public List<MailRow> page(int first, int size) {
        List<Object[]> rows = newestFirst("m.id, m.to_email, c.first_name, c.last_name, k.subject, m.kind, "
                        + "m.subject, m.body_text, m.status, m.due_at, m.sent_at, m.last_error, "
                        // the files' names only (a page of 25 rows: one indexed lookup each), never their bytes
                        + "(SELECT GROUP_CONCAT(a.filename ORDER BY a.id SEPARATOR '\n') FROM mail_attachment a "
                        + "WHERE a.tenant_id = m.tenant_id AND a.mail_id = m.id)",
                "JOIN contact c ON c.tenant_id = m.tenant_id AND c.id = m.contact_id "
                        + "JOIN campaign k ON k.tenant_id = m.tenant_id AND k.id = m.campaign_id", first, size);
        return rows.stream().map(r -> new MailRow(Rows.lng(r[0]), (String) r[1], Rows.name(r[2], r[3]),
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], Rows.instant(r[9]),
                Rows.instant(r[10]), (String) r[11], names(r[12]))).toList();
    }

    /** GROUP_CONCAT's answer, text or bytes depending on the server's settings. */
    private static List<String> names(Object concatenated) {
        if (concatenated == null) {
            return List.of();
        }
        String s = concatenated instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : concatenated.toString();
        return List.of(s.split("\n"));
    }

    /** The emails of a campaign to one person, newest first (the caller's card). */
    @SuppressWarnings("unchecked")
    @Override
    public List<Line> ofContact(long contactId, long campaignId, int max) {
        List<Object[]> rows = em.createNativeQuery("SELECT kind, status, COALESCE(sent_at, due_at) FROM mail_outbox "
                        + "WHERE tenant_id = :tenant AND contact_id = :contact AND campaign_id = :campaign AND kind <> 'TEAM' "
                        + "ORDER BY created_at DESC, id DESC LIMIT " + max).setParameter("tenant", TenantContext.require())
                .setParameter("contact", contactId).setParameter("campaign", campaignId).getResultList();
        return rows.stream().map(r -> new Line((String) r[0], (String) r[1], Rows.instant(r[2]))).toList();
    }

    @Override
    public Optional<Contact> contact(long contactId) {
        return Optional.ofNullable(em.find(Contact.class, contactId));
    }

    /**
     * On (tenant_id, campaign_id, kind), V14's index, like the three below. Gone: on its
     * way or delivered; one withdrawn (the person said no) or held (the campaign paused) has not left.
     */
    @Override
    public long releasesGone(long campaignId, Instant now) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = :tenant AND campaign_id = :campaign "
                        + "AND kind = 'RELEASE' AND (status IN ('SENDING', 'SENT', 'FAILED', 'OUTBOX') OR (status = 'PENDING' AND due_at <= :now))").setParameter("tenant", TenantContext.require())
                .setParameter("campaign", campaignId).setParameter("now", Timestamp.from(now)).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    @Override
    public List<String> waitingReleaseZones(long campaignId) {
        List<Object> rows = em.createNativeQuery("SELECT DISTINCT COALESCE(c.time_zone, '') FROM mail_outbox m JOIN contact c "
                        + "ON c.tenant_id = m.tenant_id AND c.id = m.contact_id WHERE m.tenant_id = :tenant AND m.campaign_id = :campaign "
                        + "AND m.kind = 'RELEASE' AND m.status IN ('PENDING', 'HELD')").setParameter("tenant", TenantContext.require())
                .setParameter("campaign", campaignId).getResultList();
        return rows.stream().map(Object::toString).toList();
    }

    @SuppressWarnings("unchecked")
    @Override
    public Map<String, Instant> firstContactPlanned(long campaignId) {
        String waiting = " JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id WHERE e.tenant_id = :tenant "
                + "AND e.campaign_id = :campaign AND EXISTS (SELECT 1 FROM mail_outbox m WHERE m.tenant_id = e.tenant_id "
                + "AND m.contact_id = e.contact_id AND m.campaign_id = e.campaign_id AND m.kind = 'RELEASE' AND m.status IN ('PENDING', 'HELD'))";
        List<Object[]> rows = em.createNativeQuery("SELECT COALESCE(c.time_zone, ''), MIN(t.opens_at) FROM enrolment e "
                        + "JOIN call_task t ON t.tenant_id = e.tenant_id AND t.enrolment_id = e.id AND t.status IN ('PLANNED', 'OPEN')"
                        + waiting + " GROUP BY 1 UNION ALL SELECT COALESCE(c.time_zone, ''), MIN(s.due_at) FROM enrolment e "
                        + "JOIN due_step s ON s.tenant_id = e.tenant_id AND s.ref_id = e.id AND s.kind = 'SMS_DUE' AND s.status = 'PENDING'"
                        + waiting + " GROUP BY 1")
                .setParameter("tenant", TenantContext.require()).setParameter("campaign", campaignId).getResultList();
        Map<String, Instant> first = new HashMap<>();
        for (Object[] r : rows) {
            first.merge(r[0].toString(), Rows.instant(r[1]), (a, b) -> a.isBefore(b) ? a : b);
        }
        return first;
    }

    @Override
    public int reschedule(long campaignId, Map<String, Instant> dueByZone) {
        if (dueByZone.isEmpty()) {
            return 0;
        }
        StringBuilder cases = new StringBuilder("CASE COALESCE(c.time_zone, '')");
        for (int i = 0; i < dueByZone.size(); i++) {
            cases.append(" WHEN :zone").append(i).append(" THEN :due").append(i);
        }
        var q = em.createNativeQuery("UPDATE mail_outbox m JOIN contact c ON c.tenant_id = m.tenant_id AND c.id = m.contact_id "
                        + "SET m.due_at = " + cases + " ELSE m.due_at END WHERE m.tenant_id = :tenant AND m.campaign_id = :campaign "
                        + "AND m.kind = 'RELEASE' AND m.status IN ('PENDING', 'HELD')")
                .setParameter("tenant", TenantContext.require()).setParameter("campaign", campaignId);
        int i = 0;
        for (Map.Entry<String, Instant> e : dueByZone.entrySet()) {
            q.setParameter("zone" + i, e.getKey()).setParameter("due" + i, Timestamp.from(e.getValue()));
            i++;
        }
        return q.executeUpdate();
    }
}
