package io.relance.infrastructure.persistence.outbox;

import io.relance.application.outbox.Channel;
import io.relance.application.outbox.Circuits;
import io.relance.application.outbox.Outage;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The agencies' circuits, one row per agency and channel (channel_circuit: failures in a row,
 * open_until, down_since, last_error), so that every node sees them, a restart keeps them, and a
 * round's query skips an agency whose circuit is open. A closed circuit has no row.
 */
@ApplicationScoped
public class JpaCircuits implements Circuits {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Override
    public void down(Channel channel, String error, int threshold, Instant now, Instant openUntil) {
        // MySQL assigns left to right with the new values: open_until is decided before failures moves
        em.createNativeQuery("INSERT INTO channel_circuit (tenant_id, channel, failures, open_until, down_since, last_error) "
                        + "VALUES (:tenant, :channel, 1, CASE WHEN 1 >= :threshold THEN :until END, :now, LEFT(:error, 300)) "
                        + "ON DUPLICATE KEY UPDATE open_until = CASE WHEN failures + 1 >= :threshold THEN :until ELSE open_until END, "
                        + "failures = failures + 1, down_since = COALESCE(down_since, :now), last_error = LEFT(:error, 300)")
                .setParameter("tenant", TenantContext.require()).setParameter("channel", channel.name())
                .setParameter("threshold", threshold).setParameter("until", Timestamp.from(openUntil))
                .setParameter("now", Timestamp.from(now)).setParameter("error", error).executeUpdate();
    }

    @Override
    public void up(Channel channel) {
        em.createNativeQuery("DELETE FROM channel_circuit WHERE tenant_id = :tenant AND channel = :channel")
                .setParameter("tenant", TenantContext.require()).setParameter("channel", channel.name()).executeUpdate();
    }

    @Override
    public boolean open(Channel channel, Instant now) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM channel_circuit WHERE tenant_id = :tenant "
                        + "AND channel = :channel AND open_until > :now").setParameter("tenant", TenantContext.require())
                .setParameter("channel", channel.name()).setParameter("now", Timestamp.from(now)).getSingleResult()).longValue() > 0;
    }

    /** Told from the moment the circuit opened until the channel answers again (not only while it is open). */
    @Override
    @SuppressWarnings("unchecked")
    public Optional<Outage> outage(Channel channel) {
        List<Object[]> rows = em.createNativeQuery("SELECT down_since, last_error FROM channel_circuit WHERE tenant_id = :tenant "
                        + "AND channel = :channel AND open_until IS NOT NULL").setParameter("tenant", TenantContext.require())
                .setParameter("channel", channel.name()).getResultList();
        return rows.stream().findFirst().map(r -> new Outage(Rows.instant(r[0]), (String) r[1]));
    }
}
