package io.relance.bench;

import io.relance.application.campaigns.SplitService;
import io.relance.application.campaigns.Target;
import io.relance.application.campaigns.TargetRepository;
import io.relance.application.campaigns.targeting.Board;
import io.relance.application.campaigns.targeting.TargetFacts;
import io.relance.application.tenant.TenantScope;
import io.relance.it.Deployments;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scoring and splitting a draft campaign of 10,000 candidates, in an agency with history: a past
 * campaign on 3,000 of them (pick-ups, yes, 300 coverage), a running one on 500 (excluded: already
 * followed up; 369 planned call tasks of it hold part of the team's capacity), calls of the last weeks.
 * Server time of {@link SplitService#board(long)} (facts in grouped queries, score, split, and the
 * write of what changed) and of its parts. Figures go to target/benchmarks/targeting.txt.
 */
@ExtendWith(ArquillianExtension.class)
class TargetingBenchmark {

    static final String TENANT = "bench-targeting";
    static final int CONTACTS = 10_000;
    static final long ID0 = 2_000_000_000L;
    static final long PAST = ID0 + 1, RUNNING = ID0 + 2, DRAFT = ID0 + 3;

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(TargetingBenchmark.class, Figures.class, BenchSql.class, InTenant.class, RunAsChef.class);
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    RunAsChef chef;

    @Inject
    SplitService split;

    @Inject
    TargetRepository targets;

    @Inject
    TargetFacts facts;

    private final Figures figures = new Figures("Relance targeting score benchmark");

    @Test
    void scoreAndSplitTenThousandCandidates() throws Exception {
        BenchSql db = new BenchSql(em, tx, TENANT);
        long start = System.nanoTime();
        for (String statement : generation()) {
            db.update(statement);
        }
        // fresh statistics, as a database grown to this size would have (ANALYZE answers rows: not an update)
        InTenant.call(tx, TENANT, 3600, () -> em.createNativeQuery(
                "ANALYZE TABLE contact, outlet, campaign_target, enrolment, attempt, coverage, call_task").getResultList());
        figures.record("generation", Figures.ms(System.nanoTime() - start) + " (" + db.number("SELECT COUNT(*) FROM campaign_target "
                + "WHERE tenant_id = '" + TENANT + "'") + " targets)");

        long first = System.nanoTime();
        Board board = asChef(() -> split.board(DRAFT));
        figures.record("board, first (writes 10,000 rows)", Figures.ms(System.nanoTime() - first));
        figures.record("split", board.toCall() + " to call (" + board.attemptsNeeded() + " attempts), " + board.sendOnly()
                + " send only, " + board.excludedCount() + " excluded; " + board.capacity().free() + " free of "
                + board.capacity().total() + " (" + board.capacity().held() + " held)");
        assertEquals(CONTACTS, board.rows().size());
        assertEquals(500, board.excludedCount(), "already followed up in the running campaign");
        assertTrue(board.toCall() > 0 && board.sendOnly() > 0, board.toCall() + " / " + board.sendOnly());

        long[] again = new long[7];
        for (int i = 0; i < again.length; i++) {
            long t = System.nanoTime();
            asChef(() -> split.board(DRAFT));
            again[i] = System.nanoTime() - t;
        }
        figures.record("board, again (nothing changed)", Figures.percentiles(again));

        Instant now = Instant.now();
        figures.record("  part: targets + pressure facts", time(() -> InTenant.call(tx, TENANT, () -> targets.page(DRAFT, now, -1, 0))));
        figures.record("  part: score facts (4 grouped queries)", time(() -> InTenant.call(tx, TENANT, () -> facts.candidates(DRAFT, null, now))));
        figures.record("  part: stored modes and scores", time(() -> InTenant.call(tx, TENANT, () -> facts.stored(DRAFT))));

        long moved = System.nanoTime();
        asChef(() -> {
            split.move(DRAFT, List.of(ID0 + CONTACTS), io.relance.domain.targeting.CallMode.CALL);
            return null;
        });
        figures.record("one move (one click)", Figures.ms(System.nanoTime() - moved));
        figures.write("targeting.txt");
    }

    private String time(Callable<?> work) throws Exception {
        long[] runs = new long[5];
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            Object result = work.call();
            runs[i] = System.nanoTime() - t;
            assertTrue(result instanceof List<?> l ? l.size() == CONTACTS : ((Map<?, ?>) result).size() == CONTACTS);
        }
        return Figures.percentiles(runs);
    }

    private <T> T asChef(Callable<T> work) {
        return TenantScope.call(TENANT, () -> {
            try {
                return chef.call(work);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Set-based statements (MariaDB's sequence engine), keys computed from ID0. */
    private static List<String> generation() {
        String t = "'" + TENANT + "'";
        LocalDate send = LocalDate.now().plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return List.of(
                "INSERT INTO agency (id, name, country, locale, created_at) VALUES (" + t + ", 'Agence Bench', 'FR', 'fr', NOW(3))",
                "INSERT INTO staff_member (id, tenant_id, email, first_name, last_name, role, created_at) SELECT " + ID0 + " + r.seq, " + t
                        + ", CONCAT('score', r.seq, '@bench.test'), 'Camille', CONCAT('Equipe', r.seq), "
                        + "ELT(LEAST(r.seq, 3), 'DIRECTEUR', 'CHEF_DE_PROJET', 'STAGIAIRE'), NOW(3) FROM seq_1_to_5 r",
                "INSERT INTO outlet (id, tenant_id, name, periodicity, closing_weekday, closing_month_day, topics, created_at) "
                        + "SELECT " + ID0 + " + o.seq, " + t + ", CONCAT('Média ', o.seq), "
                        + "ELT(1 + o.seq MOD 4, 'QUOTIDIEN', 'HEBDOMADAIRE', 'MENSUEL', 'CONTINU'), "
                        + "IF(o.seq MOD 4 = 1, 1 + o.seq MOD 5, NULL), IF(o.seq MOD 4 = 2, 1 + o.seq MOD 28, NULL), "
                        + "ELT(1 + o.seq MOD 3, '|Santé|', '|Économie|Tech|', NULL), NOW(3) FROM seq_1_to_100 o",
                "INSERT INTO contact (id, tenant_id, first_name, last_name, beat, outlet_id, topics, tier, language, mobile, keys_done, "
                        + "created_at, updated_at) SELECT " + ID0 + " + k.seq, " + t + ", "
                        + "ELT(1 + k.seq MOD 6, 'Marie', 'Thomas', 'Camille', 'Nicolas', 'Julie', 'Antoine'), CONCAT('Nom', k.seq), "
                        + "ELT(1 + k.seq MOD 5, 'Santé publique', 'Économie', 'Culture', NULL, 'Tech et innovation'), "
                        + ID0 + " + 1 + k.seq MOD 100, ELT(1 + k.seq MOD 4, '|Santé|', '|Sport|', NULL, '|Tech|Société|'), "
                        + "ELT(1 + k.seq MOD 4, 'A', 'B', 'C', NULL), IF(k.seq MOD 20 = 0, 'en', 'fr'), "
                        + "CONCAT('+336', LPAD(k.seq, 8, '0')), TRUE, NOW(3), NOW(3) FROM seq_1_to_" + CONTACTS + " k",
                "INSERT INTO client (id, tenant_id, name, created_at) VALUES (" + ID0 + ", " + t + ", 'Maison Bench', NOW(3))",
                "INSERT INTO campaign (id, tenant_id, client_id, kind, subject, send_date, status, created_by, created_at, launched_at, topics) "
                        + "VALUES (" + PAST + ", " + t + ", " + ID0 + ", 'PRESS_RELEASE', 'Passée', CURRENT_DATE - INTERVAL 60 DAY, 'DONE', "
                        + "'bench', NOW(3), NOW(3) - INTERVAL 60 DAY, NULL), (" + RUNNING + ", " + t + ", " + ID0 + ", 'PRESS_RELEASE', "
                        + "'En cours', '" + send + "' - INTERVAL 3 DAY, 'RUNNING', 'bench', NOW(3), NOW(3) - INTERVAL 1 DAY, NULL), ("
                        + DRAFT + ", " + t + ", " + ID0 + ", 'PRESS_RELEASE', 'Brouillon', '" + send + "', 'DRAFT', 'bench', NOW(3), NULL, "
                        + "'Santé, Tech')",
                "INSERT INTO campaign_member (tenant_id, campaign_id, staff_id) SELECT " + t + ", c.id, " + ID0 + " + r.seq "
                        + "FROM campaign c JOIN seq_2_to_5 r WHERE c.tenant_id = " + t + " AND c.id IN (" + RUNNING + ", " + DRAFT + ")",
                // the past campaign: 3,000 contacts, a third picked up, one in ten said yes
                "INSERT INTO enrolment (id, tenant_id, campaign_id, contact_id, caller_id, status, attempts, pick_ups, max_attempts, "
                        + "min_gap_minutes, cooldown_days, first_day, ends_at, closed_at, created_at) SELECT " + ID0 + " + k.seq, " + t + ", "
                        + PAST + ", " + ID0 + " + k.seq, " + ID0 + " + 2 + k.seq MOD 4, IF(k.seq MOD 10 = 0, 'CLOSED_YES', 'CLOSED_NO'), 3, "
                        + "IF(k.seq MOD 3 = 0, 1, 0), 9, 120, 30, CURRENT_DATE - INTERVAL 59 DAY, NOW(3) - INTERVAL 56 DAY, "
                        + "NOW(3) - INTERVAL 56 DAY, NOW(3) FROM seq_1_to_3000 k",
                "INSERT INTO coverage (tenant_id, campaign_id, contact_id, published_on, title, kind, tone, created_at) SELECT " + t + ", "
                        + PAST + ", " + ID0 + " + k.seq * 10, CURRENT_DATE - INTERVAL 50 DAY, 'Article', 'ARTICLE', 'POSITIVE', NOW(3) "
                        + "FROM seq_1_to_300 k",
                // the running campaign: the last 500 contacts; one in twelve still has its 9 slots planned on the draft's days
                "INSERT INTO enrolment (id, tenant_id, campaign_id, contact_id, caller_id, status, max_attempts, min_gap_minutes, "
                        + "cooldown_days, first_day, ends_at, created_at) SELECT " + ID0 + " + 100000 + k.seq, " + t + ", " + RUNNING + ", "
                        + ID0 + " + " + (CONTACTS - 500) + " + k.seq, " + ID0 + " + 2 + k.seq MOD 4, 'ACTIVE', 9, 120, 30, '" + send + "', "
                        + "TIMESTAMP('" + send + "') + INTERVAL 3 DAY, NOW(3) FROM seq_1_to_500 k",
                "INSERT INTO call_task (tenant_id, enrolment_id, caller_id, kind, day_no, slot_no, opens_at, closes_at, status) "
                        + "SELECT e.tenant_id, e.id, e.caller_id, 'SLOT', 1 + (s.seq - 1) DIV 3, 1 + (s.seq - 1) MOD 3, "
                        + "TIMESTAMP('" + send + "') + INTERVAL (1 + (s.seq - 1) DIV 3) DAY + INTERVAL (8 + 3 * ((s.seq - 1) MOD 3)) HOUR, "
                        + "TIMESTAMP('" + send + "') + INTERVAL (1 + (s.seq - 1) DIV 3) DAY + INTERVAL (10 + 3 * ((s.seq - 1) MOD 3)) HOUR, "
                        + "'PLANNED' FROM enrolment e JOIN seq_1_to_9 s WHERE e.tenant_id = " + t + " AND e.campaign_id = " + RUNNING
                        + " AND e.id MOD 12 = 0",
                // calls of the last weeks: 3 each to the running campaign's contacts
                "INSERT INTO attempt (tenant_id, enrolment_id, campaign_id, contact_id, caller_id, outcome, day_no, slot_no, made_at) "
                        + "SELECT e.tenant_id, e.id, e.campaign_id, e.contact_id, e.caller_id, 'NO_ANSWER', 1, s.seq, "
                        + "NOW(3) - INTERVAL s.seq DAY FROM enrolment e JOIN seq_1_to_3 s WHERE e.tenant_id = " + t
                        + " AND e.campaign_id = " + RUNNING,
                "INSERT INTO campaign_target (tenant_id, campaign_id, contact_id, added_at) SELECT " + t + ", " + DRAFT + ", "
                        + ID0 + " + k.seq, NOW(3) FROM seq_1_to_" + CONTACTS + " k");
    }
}
