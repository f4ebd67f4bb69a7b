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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agencies' circuits. The SMS circuit is kept on the agency's provider row (sms_provider:
 * failures, open_until, down_since, last_error), so every node sees it and the round's query skips an
 * open agency. The email circuit has no row yet (the SMTP server is the installation's, not the
 * agency's): until a migration gives it one, it is kept in this node's memory with the same rules,
 * which a restart forgets (the next failures open it again).
 */
@ApplicationScoped
public class JpaCircuits implements Circuits {

    /** The email circuit of one agency, as the SMS one is on its row. */
    private record State(int failures, Instant openUntil, Instant downSince, String lastError) {
    }

    private static final State CLOSED = new State(0, null, null, null);

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    private final Map<String, State> mail = new ConcurrentHashMap<>();

    @Override
    public void down(Channel channel, String error, int threshold, Instant now, Instant openUntil) {
        if (channel == Channel.EMAIL) {
            String cut = error == null ? null : error.substring(0, Math.min(error.length(), 300));
            mail.merge(TenantContext.require(), new State(1, threshold <= 1 ? openUntil : null, now, cut),
                    (s, first) -> new State(s.failures() + 1, s.failures() + 1 >= threshold ? openUntil : s.openUntil(),
                            s.downSince() == null ? now : s.downSince(), cut));
            return;
        }
        // MySQL assigns left to right with the new values: open_until is decided before failures moves
        em.createNativeQuery("UPDATE sms_provider SET open_until = CASE WHEN failures + 1 >= :threshold THEN :until ELSE open_until END, "
                        + "failures = failures + 1, down_since = COALESCE(down_since, :now), last_error = LEFT(:error, 300) "
                        + "WHERE tenant_id = :tenant").setParameter("now", Timestamp.from(now)).setParameter("error", error)
                .setParameter("threshold", threshold).setParameter("until", Timestamp.from(openUntil))
                .setParameter("tenant", TenantContext.require()).executeUpdate();
    }

    @Override
    public void up(Channel channel) {
        if (channel == Channel.EMAIL) {
            mail.remove(TenantContext.require());
            return;
        }
        em.createNativeQuery("UPDATE sms_provider SET failures = 0, open_until = NULL, down_since = NULL, last_error = NULL "
                + "WHERE tenant_id = :tenant AND failures > 0").setParameter("tenant", TenantContext.require()).executeUpdate();
    }

    @Override
    public boolean open(Channel channel, Instant now) {
        if (channel == Channel.EMAIL) {
            Instant until = mail.getOrDefault(TenantContext.require(), CLOSED).openUntil();
            return until != null && until.isAfter(now);
        }
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sms_provider WHERE tenant_id = :tenant AND open_until > :now")
                .setParameter("tenant", TenantContext.require()).setParameter("now", Timestamp.from(now)).getSingleResult()).longValue() > 0;
    }

    /** Told from the moment the circuit opened until the channel answers again (not only while it is open). */
    @Override
    @SuppressWarnings("unchecked")
    public Optional<Outage> outage(Channel channel) {
        if (channel == Channel.EMAIL) {
            State s = mail.getOrDefault(TenantContext.require(), CLOSED);
            return s.openUntil() == null ? Optional.empty() : Optional.of(new Outage(s.downSince(), s.lastError()));
        }
        List<Object[]> rows = em.createNativeQuery("SELECT down_since, last_error FROM sms_provider WHERE tenant_id = :tenant "
                + "AND open_until IS NOT NULL AND kind <> 'OUTBOX'").setParameter("tenant", TenantContext.require()).getResultList();
        return rows.stream().findFirst().map(r -> new Outage(Rows.instant(r[0]), (String) r[1]));
    }
}
