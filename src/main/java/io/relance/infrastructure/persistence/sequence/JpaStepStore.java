package io.relance.infrastructure.persistence.sequence;

import io.relance.application.sequence.StepStore;
import io.relance.domain.outbox.RetryPolicy;
import io.relance.domain.sequence.StepKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The due-steps table. Claiming is the one query that spans tenants: it reads ids and tenants only,
 * and each claimed chunk then runs under its own tenant. Everything else names its tenant.
 */
@ApplicationScoped
public class JpaStepStore implements StepStore {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/MySQLDS")
    DataSource dataSource;

    /**
     * Claims due steps for this node: locked rows of other nodes are skipped, the claimed ones get a
     * lease. Runs in the caller's (short) transaction, at READ COMMITTED (no gap locks). Plain JDBC
     * on the JTA datasource: this query spans tenants, so it does not open a tenant's session.
     */
    @Override
    public List<Claimed> claim(Instant now, int limit, Instant leaseUntil) {
        List<Claimed> claimed = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, tenant_id, kind, ref_id, due_at FROM due_step "
                    + "WHERE status = 'PENDING' AND due_at <= ? ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new Claimed(rs.getLong(1), rs.getString(2), StepKind.valueOf(rs.getString(3)),
                                rs.getLong(4), rs.getTimestamp(5).toInstant()));
                    }
                }
            }
            if (!claimed.isEmpty()) {
                StringBuilder in = new StringBuilder();
                claimed.forEach(x -> in.append(in.length() == 0 ? "" : ",").append(x.id()));
                try (PreparedStatement ps = c.prepareStatement("UPDATE due_step SET status = 'RUNNING', lease_until = ? "
                        + "WHERE id IN (" + in + ")")) {
                    ps.setTimestamp(1, Timestamp.from(leaseUntil));
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Claiming due steps failed", e);
        }
        return claimed;
    }

    /**
     * Steps of a node that stopped (its lease ran out) go back to the queue (all tenants, plain
     * JDBC). Rows another worker holds are skipped, not waited for: reclaiming never deadlocks with
     * claiming.
     */
    @Override
    public int reclaimExpired(Instant now) {
        try (Connection c = dataSource.getConnection()) {
            StringBuilder in = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM due_step WHERE status = 'RUNNING' "
                    + "AND lease_until < ? LIMIT 1000 FOR UPDATE SKIP LOCKED")) {
                ps.setTimestamp(1, Timestamp.from(now));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        in.append(in.length() == 0 ? "" : ",").append(rs.getLong(1));
                    }
                }
            }
            if (in.length() == 0) {
                return 0;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE due_step SET status = 'PENDING', lease_until = NULL "
                    + "WHERE id IN (" + in + ")")) {
                return ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reclaiming expired steps failed", e);
        }
    }

    /**
     * Marks claimed steps done, in the transaction of their effects; answers how many were still
     * this node's to mark (fewer means another node took them over: the caller must roll back).
     */
    @Override
    public int markDone(String tenant, List<Long> ids, Instant now) {
        return em.createNativeQuery("UPDATE due_step SET status = 'DONE', runs = runs + 1, executed_at = :now, lease_until = NULL "
                        + "WHERE tenant_id = :tenant AND id IN (:ids) AND status = 'RUNNING'")
                .setParameter("now", Timestamp.from(now)).setParameter("tenant", tenant).setParameter("ids", ids).executeUpdate();
    }

    /**
     * A step that failed alone goes back to the queue 1, 2, 4, 8 minutes later; after {@code maxTries}
     * it stays FAILED for someone to look at. (Assignments run left to right in MySQL: status and
     * due_at read tries before it grows.)
     */
    @Override
    public void markFailed(String tenant, long id, String error, Instant now, int maxTries) {
        // the outboxes' RetryPolicy, applied in the statement: after the (tries + 1)-th failure, the first
        // wait doubled "tries" times (capped), as RetryPolicy.delayAfter(tries + 1) says
        em.createNativeQuery("UPDATE due_step SET status = CASE WHEN tries + 1 >= :max THEN 'FAILED' ELSE 'PENDING' END, "
                        + "due_at = TIMESTAMPADD(SECOND, :first * (1 << LEAST(tries, :doublings)), :now), tries = tries + 1, "
                        + "last_error = :error, lease_until = NULL WHERE tenant_id = :tenant AND id = :id AND status = 'RUNNING'")
                .setParameter("first", RetryPolicy.STANDARD.first().toSeconds())
                .setParameter("doublings", RetryPolicy.STANDARD.maxDoublings())
                .setParameter("error", error == null ? "" : error.length() > 500 ? error.substring(0, 500) : error)
                .setParameter("max", maxTries).setParameter("now", Timestamp.from(now)).setParameter("tenant", tenant)
                .setParameter("id", id).executeUpdate();
    }

    /** Schedules steps for the current tenant; a step already scheduled (same key) is left as it is. */
    @Override
    public void schedule(String tenant, List<NewStep> steps) {
        if (steps.isEmpty()) {
            return;
        }
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var ps = connection.prepareStatement("INSERT IGNORE INTO due_step (tenant_id, kind, ref_id, due_at, status) "
                    + "VALUES (?, ?, ?, ?, 'PENDING')")) {
                for (NewStep s : steps) {
                    ps.setString(1, tenant);
                    ps.setString(2, s.kind().name());
                    ps.setLong(3, s.refId());
                    ps.setTimestamp(4, Timestamp.from(s.dueAt()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }
}
