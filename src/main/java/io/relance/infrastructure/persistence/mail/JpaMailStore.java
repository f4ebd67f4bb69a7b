package io.relance.infrastructure.persistence.mail;

import io.relance.application.common.RandomTokens;
import io.relance.application.mail.Attachment;
import io.relance.application.mail.MailRow;
import io.relance.application.mail.MailStore;
import io.relance.application.mail.Outgoing;
import io.relance.application.tenant.TenantContext;
import io.relance.domain.contact.Contact;
import io.relance.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The email outbox's states: PENDING → SENDING (committed before the SMTP conversation) → SENT or
 * FAILED, or OUTBOX where the server has no SMTP. A SENDING email is never claimed again, so a
 * crash between the send and its commit cannot send it twice. Three questions span agencies and
 * use plain JDBC: which agencies have due emails, the outbox fallback, and whose token a link is.
 */
@ApplicationScoped
public class JpaMailStore implements MailStore {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/MySQLDS")
    javax.sql.DataSource dataSource;

    /** Due emails of the current agency, claimed: SENDING from now on, in this transaction. */
    @SuppressWarnings("unchecked")
    @Override
    public List<Outgoing> claimDue(Instant now, int max) {
        String tenant = TenantContext.require();
        // the outbox's rows alone are locked: a join would lock (and skip past) the agency's row too
        List<Object[]> rows = em.createNativeQuery("SELECT id, to_email, reply_to, subject, body_text, unsubscribe_token "
                        + "FROM mail_outbox WHERE tenant_id = :tenant AND status = 'PENDING' AND due_at <= :now "
                        + "ORDER BY due_at, id LIMIT " + max + " FOR UPDATE SKIP LOCKED")
                .setParameter("tenant", tenant).setParameter("now", Timestamp.from(now)).getResultList();
        rows = withoutRefused(tenant, rows);
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] agency = (Object[]) em.createNativeQuery("SELECT name, locale FROM agency WHERE id = :tenant")
                .setParameter("tenant", tenant).getSingleResult();
        // without their files: those are read one email at a time, just before it leaves (see files)
        List<Outgoing> claimed = rows.stream().map(r -> new Outgoing(Rows.lng(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) agency[0], (String) agency[1], List.of())).toList();
        if (!claimed.isEmpty()) {
            em.createNativeQuery("UPDATE mail_outbox SET status = 'SENDING', tries = tries + 1 WHERE tenant_id = :tenant "
                            + "AND id IN (:ids)").setParameter("tenant", tenant)
                    .setParameter("ids", claimed.stream().map(Outgoing::id).toList()).executeUpdate();
        }
        return claimed;
    }

    /**
     * Checked again at the moment of sending: an email to a person who opted out or was erased
     * meanwhile is withdrawn, not sent (the team's copies of a meeting go to staff).
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> withoutRefused(String tenant, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> refused = ((List<Object>) em.createNativeQuery("SELECT m.id FROM mail_outbox m JOIN contact c "
                        + "ON c.tenant_id = m.tenant_id AND c.id = m.contact_id WHERE m.tenant_id = :tenant AND m.id IN (:ids) "
                        + "AND m.kind <> 'TEAM' AND (c.opted_out = TRUE OR c.erased_at IS NOT NULL)")
                .setParameter("tenant", tenant).setParameter("ids", rows.stream().map(r -> Rows.lng(r[0])).toList())
                .getResultList()).stream().map(Rows::lng).toList();
        if (refused.isEmpty()) {
            return rows;
        }
        em.createNativeQuery("UPDATE mail_outbox SET status = 'WITHDRAWN', last_error = 'opted out before sending' "
                + "WHERE tenant_id = :tenant AND id IN (:ids)").setParameter("tenant", tenant).setParameter("ids", refused).executeUpdate();
        return rows.stream().filter(r -> !refused.contains(Rows.lng(r[0]))).toList();
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

    @Override
    public List<String> tenantsWithDueMail(Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT DISTINCT tenant_id FROM mail_outbox "
                     + "WHERE status = 'PENDING' AND due_at <= ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            List<String> tenants = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tenants.add(rs.getString(1));
                }
            }
            return tenants;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No SMTP on this server: every due email stays on the outbox page, in one statement. */
    @Override
    public int keepInOutbox(Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE mail_outbox SET status = 'OUTBOX', sent_at = ? "
                     + "WHERE status = 'PENDING' AND due_at <= ?")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(now));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The agency and contact of a token; nothing else leaves this lookup. */
    @Override
    public Optional<TokenOwner> tokenOwner(String token) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT tenant_id, contact_id, unsubscribe_token FROM mail_outbox "
                     + "WHERE unsubscribe_token = ?")) {
            ps.setString(1, token);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && RandomTokens.same(rs.getString(3), token)
                        ? Optional.of(new TokenOwner(rs.getString(1), rs.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int tries(long id) {
        return Rows.integer(em.createNativeQuery("SELECT tries FROM mail_outbox WHERE tenant_id = :tenant AND id = :id")
                .setParameter("tenant", TenantContext.require()).setParameter("id", id).getSingleResult());
    }

    @Override
    public void sent(long id, Instant now) {
        update("status = 'SENT', sent_at = :now, last_error = NULL", id, null, now);
    }

    /** A transient failure: the email waits and is tried again at {@code at}. */
    @Override
    public void retryAt(long id, String error, Instant at) {
        update("status = 'PENDING', due_at = :now, last_error = LEFT(:p, 300)", id, error, at);
    }

    @Override
    public void failed(long id, String error, Instant now) {
        update("status = 'FAILED', sent_at = :now, last_error = LEFT(:p, 300)", id, error, now);
    }

    /** Claimed emails never handed to the server wait again, as if not claimed. */
    @Override
    public void release(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE mail_outbox SET status = 'PENDING', tries = tries - 1 WHERE tenant_id = :tenant "
                    + "AND status = 'SENDING' AND id IN (:ids)").setParameter("tenant", TenantContext.require())
                    .setParameter("ids", ids).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    public List<MailRow> page(int first, int size) {
        List<Object[]> rows = em.createNativeQuery("SELECT m.id, m.to_email, c.first_name, c.last_name, k.subject, m.kind, "
                        + "m.subject, m.body_text, m.status, m.due_at, m.sent_at, m.last_error, "
                        // the files' names only (a page of 25 rows: one indexed lookup each), never their bytes
                        + "(SELECT GROUP_CONCAT(a.filename ORDER BY a.id SEPARATOR '\n') FROM mail_attachment a "
                        + "WHERE a.tenant_id = m.tenant_id AND a.mail_id = m.id) FROM mail_outbox m "
                        + "JOIN contact c ON c.tenant_id = m.tenant_id AND c.id = m.contact_id "
                        + "JOIN campaign k ON k.tenant_id = m.tenant_id AND k.id = m.campaign_id "
                        + "WHERE m.tenant_id = :tenant ORDER BY m.created_at DESC, m.id DESC LIMIT " + size + " OFFSET " + first)
                .setParameter("tenant", TenantContext.require()).getResultList();
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

    @Override
    public long count() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = :tenant")
                .setParameter("tenant", TenantContext.require()).getSingleResult()).longValue();
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

    private void update(String set, long id, String p, Instant now) {
        var q = em.createNativeQuery("UPDATE mail_outbox SET " + set + " WHERE tenant_id = :tenant AND id = :id")
                .setParameter("now", Timestamp.from(now)).setParameter("tenant", TenantContext.require()).setParameter("id", id);
        if (set.contains(":p")) {
            q.setParameter("p", p);
        }
        q.executeUpdate();
    }
}
