package io.relance.infrastructure.persistence.sms;

import io.relance.application.common.RandomTokens;
import io.relance.application.outbox.Channel;
import io.relance.application.sms.OutboxRow;
import io.relance.application.sms.SmsProvider;
import io.relance.application.sms.SmsStore;
import io.relance.application.sms.SmsStore.Claimed;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.SequenceSql;
import io.relance.infrastructure.persistence.outbox.JpaOutboxStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SMS outbox and the agency's provider row: the shared outbox's SQL ({@link JpaOutboxStore}),
 * then what is the SMS's own: only agencies with a provider that sends are due, a "no" said since the
 * message was written withdraws it, the agencies without an operator keep their messages in the
 * outbox, the operator's receipts, the replies, the provider and its callback key.
 */
@ApplicationScoped
public class JpaSmsStore extends JpaOutboxStore<Claimed> implements SmsStore {

    public JpaSmsStore() {
        super("sms_outbox", Channel.SMS, true);
    }

    /** The agencies with messages due and a provider that sends (the outbox alone keeps the others'). */
    @Override
    public List<String> tenantsWithDue(Instant now) {
        return tenantsWithDue(now, "JOIN sms_provider p ON p.tenant_id = m.tenant_id", " AND p.kind <> 'OUTBOX'");
    }

    /** Due messages of the current agency, claimed: SENDING under {@code lease} from now on, in this transaction. */
    @Override
    public List<Claimed> claimDue(Instant now, int max, Instant lease) {
        return claimRows("id, to_number, body", now, max, lease, "SELECT m.id FROM sms_outbox m JOIN enrolment e "
                        + "ON e.tenant_id = m.tenant_id AND e.id = m.enrolment_id JOIN contact c ON c.tenant_id = e.tenant_id "
                        + "AND c.id = e.contact_id WHERE m.tenant_id = :tenant AND m.id IN (:ids) AND " + SequenceSql.SAYS_NO,
                "said no before sending").stream().map(r -> new Claimed(Rows.lng(r[0]), (String) r[1], (String) r[2])).toList();
    }

    /**
     * Agencies without an operator keep their messages in the outbox: due ones are "sent" there
     * (the outbox page is where they went). One statement for every such agency, like the claim.
     */
    @Override
    public int keepInOutbox(Instant now) {
        return platform.update("UPDATE sms_outbox m LEFT JOIN sms_provider p ON p.tenant_id = m.tenant_id "
                + "SET m.status = 'SENT', m.sent_at = ?, m.provider_id = 'outbox' WHERE m.status = 'PENDING' AND m.due_at <= ? "
                + "AND (p.kind IS NULL OR p.kind = 'OUTBOX') AND NOT EXISTS (SELECT 1 FROM enrolment e JOIN contact c "
                + "ON c.tenant_id = e.tenant_id AND c.id = e.contact_id WHERE e.tenant_id = m.tenant_id "
                + "AND e.id = m.enrolment_id AND " + SequenceSql.SAYS_NO + ")", now, now);
    }

    @Override
    public List<OutboxRow> page(int first, int size) {
        return newestFirst("m.id, m.to_number, c.first_name, c.last_name, k.subject, m.body, m.encoding, m.segments, m.status, "
                        + "m.due_at, m.sent_at", "JOIN enrolment e ON e.tenant_id = m.tenant_id AND e.id = m.enrolment_id "
                        + "JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                        + "JOIN campaign k ON k.tenant_id = e.tenant_id AND k.id = e.campaign_id", first, size)
                .stream().map(r -> new OutboxRow(Rows.lng(r[0]), (String) r[1], Rows.name(r[2], r[3]), (String) r[4], (String) r[5],
                        (String) r[6], Rows.integer(r[7]), (String) r[8], Rows.instant(r[9]), Rows.instant(r[10]))).toList();
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
        // new settings deserve a try: the circuit the old ones opened closes
        em.createNativeQuery("DELETE FROM channel_circuit WHERE tenant_id = :tenant AND channel = 'SMS'")
                .setParameter("tenant", TenantContext.require()).executeUpdate();
    }

    /**
     * The agency whose provider calls back with this key. The one lookup that starts from outside any
     * agency: the key is random and long, and the caller still proves itself with the agency's token.
     */
    @Override
    public Optional<String> tenantOfHook(String hookKey) {
        return platform.query("SELECT tenant_id, hook_key FROM sms_provider WHERE hook_key = ?",
                rs -> RandomTokens.same(rs.getString(2), hookKey) ? rs.getString(1) : null, hookKey)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }
}
