package io.relance.bench;

import io.relance.application.common.AppClock;
import io.relance.application.sequence.SequenceEngine;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.campaign.Client;
import io.relance.domain.tenant.Agency;
import io.relance.it.Deployments;
import io.relance.it.InTenant;
import io.relance.it.PrmSequenceRows;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/**
 * The engine with 1,000,000 pending steps (43,478 PRM 3×3 enrolments × 23 steps), on the embedded
 * MariaDB: drain rate with everything due at once (two workers, as two nodes, plus the poller),
 * then the lag between due time and execution when 60,000 steps come due over 30 s of real time
 * while a million others wait. Rows are generated with MariaDB's sequence engine (seq_1_to_N).
 * Figures go to target/benchmarks/engine.txt.
 */
@ExtendWith(ArquillianExtension.class)
class EngineBenchmark {

    static final int ENROLMENTS = 43_478;

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(EngineBenchmark.class, Figures.class, BenchSql.class, InTenant.class,
                PrmSequenceRows.class);
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Inject
    AppClock clock;

    @Inject
    SequenceEngine engine;

    private final Figures figures = new Figures("Relance engine benchmark");

    private BenchSql db;

    @Test
    void aMillionPendingSteps() throws Exception {
        String tenant = "bench-engine";
        db = new BenchSql(em, tx, tenant);
        clock.use(Clock.fixed(Instant.parse("2026-11-23T07:00:00Z"), ZoneOffset.UTC));
        long campaign = in(tenant, () -> {
            em.persist(new Agency(tenant, "Bench", "FR", "fr", Instant.now()));
            Client client = new Client("Bench", Instant.now());
            em.persist(client);
            Campaign c = new Campaign(client, CampaignKind.PRESS_RELEASE, "Bench", LocalDate.of(2026, 11, 23), "b@b.fr", Instant.now());
            em.persist(c);
            em.flush();
            return c.getId();
        });
        long t0 = System.nanoTime();
        generate(tenant, campaign, "A", "2026-11-24");
        record("generate 1,000,000 steps", Figures.ms(System.nanoTime() - t0));
        record("pending steps", String.valueOf(count("SELECT COUNT(*) FROM due_step WHERE status = 'PENDING'")));

        // 1. throughput: everything due at once
        clock.use(Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
        long start = System.nanoTime();
        Callable<Integer> drain = () -> engine.drain();
        Future<Integer> a = executor.submit(drain);
        Future<Integer> b = executor.submit(drain);
        a.get();
        b.get();
        engine.drain();
        double seconds = (System.nanoTime() - start) / 1e9;
        long done = count("SELECT COUNT(*) FROM due_step WHERE status = 'DONE'");
        record("drain, all due at once", String.format("%d steps in %.1f s = %.0f steps/s", done, seconds, done / seconds));
        record("steps run more than once", String.valueOf(count("SELECT COUNT(*) FROM due_step WHERE runs > 1")));

        // 2. lag: real time; 60,000 steps come due over 30 s while 1,000,000 others wait
        clock.use(Clock.systemUTC());
        long campaign2 = in(tenant, () -> {
            Campaign c = new Campaign(em.find(Campaign.class, campaign).getClient(), CampaignKind.PRESS_RELEASE, "Bench 2",
                    LocalDate.of(2027, 1, 11), "b@b.fr", Instant.now());
            em.persist(c);
            em.flush();
            return c.getId();
        });
        generate(tenant, campaign2, "B", "2027-01-12");
        long first = count("SELECT MIN(id) FROM due_step WHERE due_at >= '2027-01-01'");
        Instant from = Instant.now().plusSeconds(5);
        in(tenant, () -> em.createNativeQuery("UPDATE due_step SET due_at = TIMESTAMPADD(MICROSECOND, (id - :first) * 500, :from) "
                        + "WHERE id >= :first AND id < :first + 60000")
                .setParameter("first", first).setParameter("from", Timestamp.from(from)).executeUpdate());
        record("pending steps while measuring lag", String.valueOf(count("SELECT COUNT(*) FROM due_step WHERE status = 'PENDING'")));
        Thread.sleep(50_000);
        long executed = count("SELECT COUNT(*) FROM due_step WHERE id >= " + first + " AND id < " + (first + 60000) + " AND status = 'DONE'");
        record("lag sample", executed + " of 60,000 steps executed (due over 30 s, by the 2 s poll alone)");
        for (int p : new int[]{50, 90, 99}) {
            long lag = count("SELECT lag FROM (SELECT TIMESTAMPDIFF(MICROSECOND, due_at, executed_at) AS lag, "
                    + "PERCENT_RANK() OVER (ORDER BY TIMESTAMPDIFF(MICROSECOND, due_at, executed_at)) AS pr FROM due_step "
                    + "WHERE id >= " + first + " AND id < " + (first + 60000) + " AND status = 'DONE') x WHERE pr >= " + (p / 100.0)
                    + " ORDER BY pr LIMIT 1");
            record("lag p" + p, lag / 1000 + " ms");
        }
        figures.write("engine.txt");
    }

    /** 43,478 contacts and enrolments, each with its tasks and 23 steps ({@link PrmSequenceRows}), for one start day. */
    private void generate(String tenant, long campaign, String batch, String day) throws Exception {
        String n = "seq_1_to_" + ENROLMENTS;
        db.update("INSERT INTO contact (tenant_id, first_name, last_name, mobile, time_zone, created_at, updated_at) "
                + "SELECT '" + tenant + "', 'Bench" + batch + "', CONCAT('Contact', seq), CONCAT('+336', LPAD(seq, 8, '0')), "
                + "'Europe/Paris', NOW(3), NOW(3) FROM " + n);
        db.update("INSERT INTO enrolment (tenant_id, campaign_id, contact_id, status, max_attempts, min_gap_minutes, cooldown_days, "
                + "first_day, ends_at, created_at) SELECT tenant_id, " + campaign + ", id, 'SCHEDULED', 9, 120, 30, '" + day + "', "
                + "TIMESTAMP('" + day + "') + INTERVAL 2 DAY + INTERVAL 17 HOUR, NOW(3) FROM contact WHERE tenant_id = '" + tenant
                + "' AND first_name = 'Bench" + batch + "'");
        for (String statement : PrmSequenceRows.tasksAndSteps(tenant, campaign)) {
            db.update(statement);
        }
    }

    private void record(String what, String figure) {
        figures.record(what, figure);
    }

    private long count(String sql) throws Exception {
        return db.number(sql);
    }

    private <T> T in(String tenant, Callable<T> work) throws Exception {
        return InTenant.call(tx, tenant, 900, work);
    }
}
