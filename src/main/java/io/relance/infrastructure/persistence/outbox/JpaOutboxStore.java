package io.relance.infrastructure.persistence.outbox;

import io.relance.application.outbox.Channel;
import io.relance.application.outbox.OutboxMessage;
import io.relance.application.outbox.OutboxStore;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.PlatformSql;
import io.relance.infrastructure.persistence.Rows;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The SQL every outbox table shares (mail_outbox, sms_outbox: id, tenant_id, status, due_at, tries,
 * sent_at, last_error, lease_until), written once: the claim (rows locked with SKIP LOCKED, refused
 * ones withdrawn, the rest SENDING under a lease with one more try), the hand-over, sent, a retry at
 * a time, given up, released; and the questions across agencies: the round's, which skips an agency
 * whose circuit is open, and the sweep of lapsed leases. Each
 * channel's store adds what is its own.
 */
public abstract class JpaOutboxStore<M extends OutboxMessage> implements OutboxStore<M> {

    @PersistenceContext(unitName = "relance")
    protected EntityManager em;

    /** For the questions across agencies: a Hibernate session opens only under a tenant. */
    @Inject
    protected PlatformSql platform;

    private final String table;
    private final Channel channel;
    private final boolean providerIds;

    /** {@code providerIds}: the table keeps the channel's id of a sent message (provider_id). */
    protected JpaOutboxStore(String table, Channel channel, boolean providerIds) {
        this.table = table;
        this.channel = channel;
        this.providerIds = providerIds;
    }

    /**
     * The agencies with due messages ({@code m}, joined with {@code join} under {@code where}) whose
     * circuit for the channel is not open.
     */
    protected List<String> tenantsWithDue(Instant now, String join, String where) {
        return platform.query("SELECT DISTINCT m.tenant_id FROM " + table + " m " + join + " LEFT JOIN channel_circuit cc "
                        + "ON cc.tenant_id = m.tenant_id AND cc.channel = ? WHERE m.status = 'PENDING' AND m.due_at <= ? "
                        + "AND (cc.open_until IS NULL OR cc.open_until <= ?)" + where, rs -> rs.getString(1),
                channel.name(), now, now);
    }

    /**
     * Claims the current agency's due rows ({@code columns}, the id first), oldest due first: those
     * {@code refused} names (a query on {@code m} with :tenant and :ids answering ids) are withdrawn
     * with {@code reason}, the others are SENDING under {@code lease} from now on, with one more try, in
     * this transaction.
     */
    @SuppressWarnings("unchecked")
    protected List<Object[]> claimRows(String columns, Instant now, int max, Instant lease, String refused, String reason) {
        String tenant = TenantContext.require();
        // the outbox's rows alone are locked: a join would lock (and skip past) other tables' rows too
        List<Object[]> rows = em.createNativeQuery("SELECT " + columns + " FROM " + table + " WHERE tenant_id = :tenant "
                        + "AND status = 'PENDING' AND due_at <= :now ORDER BY due_at, id LIMIT " + max + " FOR UPDATE SKIP LOCKED")
                .setParameter("tenant", tenant).setParameter("now", Timestamp.from(now)).getResultList();
        if (rows.isEmpty()) {
            return rows;
        }
        // checked again at the moment of sending: a "no" that raced the writing of the message
        List<Long> no = ((List<Object>) em.createNativeQuery(refused).setParameter("tenant", tenant)
                .setParameter("ids", rows.stream().map(r -> Rows.lng(r[0])).toList()).getResultList()).stream().map(Rows::lng).toList();
        if (!no.isEmpty()) {
            inRows("status = 'WITHDRAWN', last_error = :reason", no).setParameter("reason", reason).executeUpdate();
            rows = rows.stream().filter(r -> !no.contains(Rows.lng(r[0]))).toList();
        }
        if (!rows.isEmpty()) {
            inRows("status = 'SENDING', tries = tries + 1, lease_until = :lease", rows.stream().map(r -> Rows.lng(r[0])).toList())
                    .setParameter("lease", Timestamp.from(lease)).executeUpdate();
        }
        return rows;
    }

    /** How many messages the agency's outbox holds (its page's length). */
    public long count() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = :tenant")
                .setParameter("tenant", TenantContext.require()).getSingleResult()).longValue();
    }

    /** A page of the agency's outbox ({@code m}, joined with {@code joins}), newest first. */
    @SuppressWarnings("unchecked")
    protected List<Object[]> newestFirst(String columns, String joins, int first, int size) {
        return em.createNativeQuery("SELECT " + columns + " FROM " + table + " m " + joins + " WHERE m.tenant_id = :tenant "
                        + "ORDER BY m.created_at DESC, m.id DESC LIMIT " + size + " OFFSET " + first)
                .setParameter("tenant", TenantContext.require()).getResultList();
    }

    @Override
    public boolean handing(long id, Instant lease) {
        // the lease's time is the claim's token: a later claim of the same row (after a sweep) holds a later one
        return em.createNativeQuery("UPDATE " + table + " SET lease_until = NULL WHERE tenant_id = :tenant AND id = :id "
                        + "AND status = 'SENDING' AND lease_until = :lease").setParameter("tenant", TenantContext.require())
                .setParameter("id", id).setParameter("lease", Timestamp.from(lease)).executeUpdate() == 1;
    }

    @Override
    public int releaseLapsed(Instant now) {
        return releaseLapsed(platform, table, now);
    }

    /**
     * In every agency (or the platform's own outbox), claimed rows of {@code table} whose lease lapsed
     * wait again, as if never claimed; rows SENDING without a lease were handed over (sent, or in
     * doubt) and are never touched.
     */
    public static int releaseLapsed(PlatformSql platform, String table, Instant now) {
        return platform.update("UPDATE " + table + " SET status = 'PENDING', tries = tries - 1, lease_until = NULL "
                + "WHERE status = 'SENDING' AND lease_until < ?", now);
    }

    @Override
    public int tries(long id) {
        return Rows.integer(em.createNativeQuery("SELECT tries FROM " + table + " WHERE tenant_id = :tenant AND id = :id")
                .setParameter("tenant", TenantContext.require()).setParameter("id", id).getSingleResult());
    }

    @Override
    public void sent(long id, String providerId, Instant now) {
        Query q = row("status = 'SENT', sent_at = :now, last_error = NULL" + (providerIds ? ", provider_id = :p" : ""), id, now);
        (providerIds ? q.setParameter("p", providerId) : q).executeUpdate();
    }

    /** A transient failure: the message waits and is tried again at {@code at} (the policy's wait). */
    @Override
    public void retryAt(long id, String error, Instant at) {
        row("status = 'PENDING', due_at = :now, last_error = LEFT(:p, 300)", id, at).setParameter("p", error).executeUpdate();
    }

    @Override
    public void failed(long id, String error, Instant now) {
        row("status = 'FAILED', sent_at = :now, last_error = LEFT(:p, 300)", id, now).setParameter("p", error).executeUpdate();
    }

    /** Claimed messages never handed over wait again, as if not claimed. */
    @Override
    public void release(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE " + table + " SET status = 'PENDING', tries = tries - 1, lease_until = NULL "
                            + "WHERE tenant_id = :tenant AND status = 'SENDING' AND lease_until IS NOT NULL AND id IN (:ids)")
                    .setParameter("tenant", TenantContext.require())
                    .setParameter("ids", ids).executeUpdate();
        }
    }

    private Query row(String set, long id, Instant now) {
        return em.createNativeQuery("UPDATE " + table + " SET " + set + " WHERE tenant_id = :tenant AND id = :id")
                .setParameter("now", Timestamp.from(now)).setParameter("tenant", TenantContext.require()).setParameter("id", id);
    }

    private Query inRows(String set, List<Long> ids) {
        return em.createNativeQuery("UPDATE " + table + " SET " + set + " WHERE tenant_id = :tenant AND id IN (:ids)")
                .setParameter("tenant", TenantContext.require()).setParameter("ids", ids);
    }
}
