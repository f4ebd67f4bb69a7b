package io.relance.infrastructure.persistence.sms;

import io.relance.application.common.RandomTokens;
import io.relance.application.sms.SmsProvider;
import io.relance.application.sms.SmsStore;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.SequenceSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SMS outbox's states and the agency's provider row. A message goes PENDING → SENDING (committed
 * before the operator is called) → SENT → DELIVERED or FAILED; a SENDING message is never sent again,
 * so a crash between the send and its commit cannot send it twice.
 */
@ApplicationScoped
public class JpaSmsStore implements SmsStore {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/MySQLDS")
    javax.sql.DataSource dataSource;

    /** Due messages of the current agency, claimed: SENDING from now on, in this transaction. */
    @SuppressWarnings("unchecked")
    @Override
    public List<Claimed> claimDue(Instant now, int max) {
        String tenant = TenantContext.require();
        List<Object[]> rows = em.createNativeQuery("SELECT id, to_number, body FROM sms_outbox WHERE tenant_id = :tenant "
                        + "AND status = 'PENDING' AND due_at <= :now ORDER BY due_at, id LIMIT " + max + " FOR UPDATE SKIP LOCKED")
                .setParameter("tenant", tenant).setParameter("now", Timestamp.from(now)).getResultList();
        List<Claimed> claimed = rows.stream().map(r -> new Claimed(Rows.lng(r[0]), (String) r[1], (String) r[2])).toList();
        if (!claimed.isEmpty()) {
            // checked again at the moment of sending: a "no" that raced the engine's writing of the message
            List<Long> refused = ((List<Object>) em.createNativeQuery("SELECT m.id FROM sms_outbox m JOIN enrolment e "
                            + "ON e.tenant_id = m.tenant_id AND e.id = m.enrolment_id JOIN contact c ON c.tenant_id = e.tenant_id "
                            + "AND c.id = e.contact_id WHERE m.tenant_id = :tenant AND m.id IN (:ids) AND " + SequenceSql.SAYS_NO)
                    .setParameter("tenant", tenant).setParameter("ids", claimed.stream().map(Claimed::id).toList())
                    .getResultList()).stream().map(Rows::lng).toList();
            if (!refused.isEmpty()) {
                em.createNativeQuery("UPDATE sms_outbox SET status = 'WITHDRAWN', last_error = 'said no before sending' "
                        + "WHERE tenant_id = :tenant AND id IN (:ids)").setParameter("tenant", tenant)
                        .setParameter("ids", refused).executeUpdate();
                claimed = claimed.stream().filter(m -> !refused.contains(m.id())).toList();
            }
        }
        if (!claimed.isEmpty()) {
            em.createNativeQuery("UPDATE sms_outbox SET status = 'SENDING', tries = tries + 1 WHERE tenant_id = :tenant AND id IN (:ids)")
                    .setParameter("tenant", tenant).setParameter("ids", claimed.stream().map(Claimed::id).toList()).executeUpdate();
        }
        return claimed;
    }

    /**
     * The agencies with messages due and a provider that sends (the outbox alone keeps them). Plain
     * JDBC: this one question spans agencies, like the engine's claim.
     */
    @Override
    public List<String> tenantsWithDueMessages(Instant now) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT DISTINCT m.tenant_id FROM sms_outbox m JOIN sms_provider p "
                     + "ON p.tenant_id = m.tenant_id WHERE m.status = 'PENDING' AND m.due_at <= ? AND p.kind <> 'OUTBOX' "
                     + "AND (p.open_until IS NULL OR p.open_until <= ?)")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(now));
            List<String> tenants = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tenants.add(rs.getString(1));
                }
            }
            return tenants;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Agencies without an operator keep their messages in the outbox: due ones are "sent" there
     * (the outbox page is where they went). One statement for every such agency, like the claim.
     */
    @Override
    public int keepInOutbox(Instant now) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("UPDATE sms_outbox m LEFT JOIN sms_provider p ON p.tenant_id = m.tenant_id "
                     + "SET m.status = 'SENT', m.sent_at = ?, m.provider_id = 'outbox' WHERE m.status = 'PENDING' AND m.due_at <= ? "
                     + "AND (p.kind IS NULL OR p.kind = 'OUTBOX') AND NOT EXISTS (SELECT 1 FROM enrolment e JOIN contact c "
                     + "ON c.tenant_id = e.tenant_id AND c.id = e.contact_id WHERE e.tenant_id = m.tenant_id "
                     + "AND e.id = m.enrolment_id AND " + SequenceSql.SAYS_NO + ")")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setTimestamp(2, Timestamp.from(now));
            return ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int tries(long id) {
        return Rows.integer(em.createNativeQuery("SELECT tries FROM sms_outbox WHERE tenant_id = :tenant AND id = :id")
                .setParameter("tenant", TenantContext.require()).setParameter("id", id).getSingleResult());
    }

    @Override
    public void sent(long id, String providerId, Instant now) {
        update("status = 'SENT', provider_id = :p, sent_at = :now, last_error = NULL", id, providerId, now);
    }

    /** A transient failure: the message waits and is tried again later (backoff by the caller). */
    @Override
    public void retryAt(long id, String error, Instant at) {
        update("status = 'PENDING', due_at = :now, last_error = LEFT(:p, 300)", id, error, at);
    }

    @Override
    public void failed(long id, String error, Instant now) {
        update("status = 'FAILED', last_error = LEFT(:p, 300), sent_at = :now", id, error, now);
    }

    /** Answers how many messages the receipt matched (0: its message is not known yet). */
    @Override
    public int receipt(String providerId, boolean delivered, Instant now) {
        return em.createNativeQuery("UPDATE sms_outbox SET status = :status, delivered_at = :now WHERE tenant_id = :tenant "
                        + "AND provider_id = :p").setParameter("status", delivered ? "DELIVERED" : "FAILED")
                .setParameter("now", Timestamp.from(now)).setParameter("tenant", TenantContext.require())
                .setParameter("p", providerId).executeUpdate();
    }

    /** Keeps a reply; answers the contact it came from (by mobile), if known. */
    @SuppressWarnings("unchecked")
    @Override
    public Long reply(String fromE164, String body, boolean stop, Instant now) {
        String tenant = TenantContext.require();
        List<Object> ids = em.createNativeQuery("SELECT id FROM contact WHERE tenant_id = :tenant AND mobile = :m AND erased_at IS NULL "
                + "ORDER BY id LIMIT 1").setParameter("tenant", tenant).setParameter("m", fromE164).getResultList();
        Long contact = ids.isEmpty() ? null : Rows.lng(ids.get(0));
        em.createNativeQuery("INSERT INTO sms_reply (tenant_id, contact_id, from_number, body, stop, received_at) "
                        + "VALUES (:tenant, :contact, :from, LEFT(:body, 1000), :stop, :now)").setParameter("tenant", tenant)
                .setParameter("contact", contact).setParameter("from", fromE164).setParameter("body", body)
                .setParameter("stop", stop).setParameter("now", Timestamp.from(now)).executeUpdate();
        return contact;
    }

    /** Claimed messages never handed to the operator wait again, as if not claimed. */
    @Override
    public void release(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE sms_outbox SET status = 'PENDING', tries = tries - 1 WHERE tenant_id = :tenant "
                    + "AND status = 'SENDING' AND id IN (:ids)").setParameter("tenant", TenantContext.require())
                    .setParameter("ids", ids).executeUpdate();
        }
    }

    /** The agency's provider with its secret still encrypted, if it has one. */
    @SuppressWarnings("unchecked")
    @Override
    public Optional<SmsProvider> provider() {
        List<Object[]> rows = em.createNativeQuery("SELECT kind, sender, host, port, system_id, secret, bind_type, dest_ton, dest_npi, "
                + "hook_key FROM sms_provider WHERE tenant_id = :tenant").setParameter("tenant", TenantContext.require()).getResultList();
        return rows.stream().findFirst().map(r -> new SmsProvider(SmsProvider.Kind.valueOf((String) r[0]), (String) r[1],
                (String) r[2], Rows.integer(r[3]), (String) r[4], (String) r[5], (String) r[6], Rows.integer(r[7]), Rows.integer(r[8]),
                (String) r[9]));
    }

    /** Saves the provider; its callback key is the one it carries (kept from the stored row, or new). */
    @Override
    public void saveProvider(SmsProvider p, String encryptedSecret, Instant now) {
        em.createNativeQuery("REPLACE INTO sms_provider (tenant_id, kind, sender, host, port, system_id, secret, bind_type, "
                        + "dest_ton, dest_npi, hook_key, updated_at) VALUES (:tenant, :kind, :sender, :host, :port, :sid, :secret, :bind, "
                        + ":ton, :npi, :hook, :now)")
                .setParameter("tenant", TenantContext.require()).setParameter("kind", p.kind().name())
                .setParameter("sender", p.sender()).setParameter("host", p.host()).setParameter("port", p.port())
                .setParameter("sid", p.systemId()).setParameter("secret", encryptedSecret).setParameter("bind", p.bindType())
                .setParameter("ton", p.destTon()).setParameter("npi", p.destNpi()).setParameter("hook", p.hookKey())
                .setParameter("now", Timestamp.from(now)).executeUpdate();
    }

    /**
     * The agency whose provider calls back with this key. The one lookup that starts from outside any
     * agency: the key is random and long, and the caller still proves itself with the agency's token.
     */
    @Override
    public Optional<String> tenantOfHook(String hookKey) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT tenant_id, hook_key FROM sms_provider WHERE hook_key = ?")) {
            ps.setString(1, hookKey);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() && RandomTokens.same(rs.getString(2), hookKey) ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String set, long id, String p, Instant now) {
        em.createNativeQuery("UPDATE sms_outbox SET " + set + " WHERE tenant_id = :tenant AND id = :id")
                .setParameter("p", p).setParameter("now", Timestamp.from(now)).setParameter("tenant", TenantContext.require())
                .setParameter("id", id).executeUpdate();
    }
}
