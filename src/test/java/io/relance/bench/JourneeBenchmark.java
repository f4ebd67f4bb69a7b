package io.relance.bench;

import io.relance.application.common.AppClock;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.Card;
import io.relance.application.journee.Day;
import io.relance.application.journee.QueueItem;
import io.relance.application.tenant.TenantScope;
import io.relance.it.Deployments;
import io.relance.it.InTenant;
import io.relance.it.RunAsStagiaire;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * "Ma journée" with 1,000 agencies × 10,000 contacts (10 M contacts, 1.5 M enrolments, 13.5 M
 * call tasks, 8.6 M attempts) in the embedded MariaDB: the server time of {@link CallQueue#today()}
 * and {@link CallQueue#card(long)} for the stagiaire of random agencies. Rows are generated with
 * MariaDB's sequence engine, a chunk of agencies per statement. Figures go to
 * target/benchmarks/journee.txt.
 */
@ExtendWith(ArquillianExtension.class)
class JourneeBenchmark {

    static final int TENANTS = 1_000;
    static final int CONTACTS = 10_000;
    static final int OUTLETS = 100;
    /** Contacts 1..ENROLLED of each agency are enrolled (15 %): the first half in campaign 1, the rest in 2. */
    static final int ENROLLED = 1_500;
    /**
     * Enrolment k starts (k mod 75) - 2 days before today: sequences ran over the last ten weeks and
     * a few start tomorrow, so that 3 start days in 75 have a slot today and each caller has ~3,400
     * tasks of which 45 today (30 still to make: slot 1 is done, 2 is open, 3 is planned).
     */
    static final int START_DAYS = 75;
    /**
     * Agencies per INSERT … SELECT: a transaction of ~100,000 rows, not 10 M. (50 agencies, 500,000
     * contacts a statement, outgrew the test stack's 128 MiB buffer pool: "the total number of locks
     * exceeds the lock table size".)
     */
    static final int CHUNK = 10;
    /**
     * Keys are computed, not looked up (contact = enrolment = ID0 + agency × CONTACTS + k, task =
     * ID0 + 10 × (enrolment - ID0) + slot), so that no statement joins 10 M rows to find them; ID0
     * keeps them clear of the demo agency's rows.
     */
    static final long ID0 = 1_000_000_000L;
    /** Tuesday; 11:30 UTC is 12:30 in Paris, inside the day's second slot (slots open 08:00, 11:00, 14:00 UTC for 2 h). */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Instant NOW = Instant.parse("2026-11-24T11:30:00Z");
    static final int WARM_UP = 50;
    static final int MEASURED = 1_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(JourneeBenchmark.class, Figures.class, BenchSql.class, InTenant.class,
                RunAsStagiaire.class);
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    AppClock clock;

    @Inject
    CallQueue queue;

    @Inject
    RunAsStagiaire stagiaire;

    private final Figures figures = new Figures("Relance \"Ma journée\" benchmark");

    private BenchSql db;

    @AfterEach
    void realTime() {
        clock.use(Clock.systemUTC());
    }

    @Test
    void aStagiairesDayAmongTenMillionContacts() throws Exception {
        db = new BenchSql(em, tx, tenant(1));
        long start = System.nanoTime();
        generate();
        figures.record("generation, total", Figures.ms(System.nanoTime() - start));
        figures.record("rows", db.number("SELECT COUNT(*) FROM contact") + " contacts, " + db.number("SELECT COUNT(*) FROM enrolment")
                + " enrolments, " + db.number("SELECT COUNT(*) FROM call_task") + " call tasks, "
                + db.number("SELECT COUNT(*) FROM attempt") + " attempts");
        figures.record("data + indexes", db.number("SELECT SUM(data_length + index_length) DIV 1048576 FROM information_schema.tables "
                + "WHERE table_schema = DATABASE()") + " MiB; InnoDB buffer pool "
                + db.number("SELECT @@innodb_buffer_pool_size DIV 1048576") + " MiB");

        clock.use(Clock.fixed(NOW, ZoneOffset.UTC));
        Random random = new Random(20261124);
        long[] today = new long[MEASURED];
        long[] card = new long[MEASURED];
        long pagesRead = 0;
        for (int i = -WARM_UP; i < MEASURED; i++) {
            if (i == 0) {
                pagesRead = pagesRead();
                figures.record("load average at start of measure", Files.readString(Path.of("/proc/loadavg")).trim());
            }
            int agency = 1 + random.nextInt(TENANTS);
            long[] nanos = asStagiaire(tenant(agency), () -> dayAndCard(agency, random));
            if (i >= 0) {
                today[i] = nanos[0];
                card[i] = nanos[1];
            }
        }
        // Random agencies are cold: what the buffer pool could not serve is what the time is made of.
        figures.record("disk reads (pages), today() + card()", String.valueOf((pagesRead() - pagesRead) / MEASURED));
        figures.record("today(), random agencies", Figures.percentiles(today));
        figures.record("card(), one call of each day", Figures.percentiles(card));
        figures.write("journee.txt");
    }

    /** Times today() and the card of one of its calls (server time: the EJB calls, transaction and security included). */
    private long[] dayAndCard(int agency, Random random) {
        long t0 = System.nanoTime();
        Day day = queue.today();
        long today = System.nanoTime() - t0;

        long me = staffId(agency, 3);
        assertEquals(TODAY, day.date());
        assertEquals(2 * mySequencesToday(), day.calls().size(), "slots 2 and 3 of each of my sequences with a day today");
        assertEquals(mySequencesToday(), day.done(), "slot 1 is done");
        for (QueueItem c : day.calls()) {
            assertEquals(me, c.callerId(), "only the stagiaire's own calls");
            assertFalse(c.privileged());
            assertEquals(TODAY, c.opensAt().atZone(ZoneId.of("Europe/Paris")).toLocalDate());
        }

        QueueItem call = day.calls().get(random.nextInt(day.calls().size()));
        long t1 = System.nanoTime();
        Card card = queue.card(call.taskId());
        long cardTime = System.nanoTime() - t1;
        assertEquals(call.taskId(), card.call().taskId());
        assertFalse(card.history().isEmpty(), "slot 1 of the sequence's first day was called");
        return new long[]{today, cardTime};
    }

    private long pagesRead() throws Exception {
        return db.number("SELECT CAST(VARIABLE_VALUE AS UNSIGNED) FROM information_schema.GLOBAL_STATUS "
                + "WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_READS'");
    }

    /** The stagiaire (staff 3) calls enrolments k ≡ 1 (mod 4); those with a day today start 0 to 2 days ago. */
    private static int mySequencesToday() {
        int n = 0;
        for (int k = 1; k <= ENROLLED; k++) {
            int daysAgo = k % START_DAYS - 2;
            n += k % 4 == 1 && daysAgo >= 0 && daysAgo <= 2 ? 1 : 0;
        }
        return n;
    }

    private void generate() throws Exception {
        // Staff 1 is the directeur, 2 the chef de projet, 3 to 5 stagiaires (3 is RunAsStagiaire's email).
        // Callers are staff 2 + (k mod 4): the chef gets k ≡ 0 (mod 4), which holds every privileged contact (k ≡ 0 mod 40).
        time("agencies, staff, campaigns", List.of(
                "INSERT INTO agency (id, name, country, locale, created_at) "
                        + "SELECT {tenant}, CONCAT('Agence ', a.seq), 'FR', 'fr', NOW(3) FROM seq_1_to_{TENANTS} a",
                "INSERT INTO staff_member (id, tenant_id, email, first_name, last_name, role, created_at) "
                        + "SELECT {ID0} + a.seq * 10 + r.seq, {tenant}, IF(r.seq = 3, '{EMAIL}', CONCAT('staff', r.seq, '@bench.test')), "
                        + "'Camille', CONCAT('Equipe', r.seq), ELT(LEAST(r.seq, 3), 'DIRECTEUR', 'CHEF_DE_PROJET', 'STAGIAIRE'), NOW(3) "
                        + "FROM seq_1_to_{TENANTS} a JOIN seq_1_to_5 r",
                "INSERT INTO outlet (id, tenant_id, name, periodicity, created_at) "
                        + "SELECT {ID0} + a.seq * {OUTLETS} + o.seq, {tenant}, CONCAT('Média ', o.seq), "
                        + "ELT(1 + o.seq MOD 4, 'QUOTIDIEN', 'HEBDOMADAIRE', 'MENSUEL', 'CONTINU'), NOW(3) "
                        + "FROM seq_1_to_{TENANTS} a JOIN seq_1_to_{OUTLETS} o",
                "INSERT INTO client (id, tenant_id, name, created_at) SELECT {ID0} + a.seq, {tenant}, 'Maison Bench', NOW(3) "
                        + "FROM seq_1_to_{TENANTS} a",
                "INSERT INTO campaign (id, tenant_id, client_id, kind, subject, key_message, call_script, send_date, status, "
                        + "created_by, created_at, launched_at) SELECT {ID0} + a.seq * 10 + c.seq, {tenant}, {ID0} + a.seq, "
                        + "'PRESS_RELEASE', CONCAT('Lancement ', c.seq), 'Le message clé', 'Bonjour, ...', "
                        + "'{TODAY}' - INTERVAL {START_DAYS} DAY, 'RUNNING', 'staff2@bench.test', NOW(3), NOW(3) "
                        + "FROM seq_1_to_{TENANTS} a JOIN seq_1_to_2 c",
                "INSERT INTO campaign_member (tenant_id, campaign_id, staff_id) "
                        + "SELECT {tenant}, {ID0} + a.seq * 10 + c.seq, {ID0} + a.seq * 10 + r.seq "
                        + "FROM seq_1_to_{TENANTS} a JOIN seq_1_to_2 c JOIN seq_2_to_5 r"));
        chunked("contacts", "INSERT INTO contact (id, tenant_id, first_name, last_name, outlet_id, mobile, privileged, created_at, "
                + "updated_at) SELECT {ID0} + a.seq * {CONTACTS} + k.seq, {tenant}, "
                + "ELT(1 + k.seq MOD 6, 'Marie', 'Thomas', 'Camille', 'Nicolas', 'Julie', 'Antoine'), CONCAT('Nom', k.seq), "
                + "{ID0} + a.seq * {OUTLETS} + 1 + k.seq MOD {OUTLETS}, CONCAT('+336', LPAD(a.seq * {CONTACTS} + k.seq, 8, '0')), "
                + "k.seq MOD 40 = 0, NOW(3), NOW(3) FROM seq_{from}_to_{to} a JOIN seq_1_to_{CONTACTS} k");
        // d = days since the sequence's first day; attempts = the slots done by NOW (slot 2 of each day is missed)
        chunked("enrolments", "INSERT INTO enrolment (id, tenant_id, campaign_id, contact_id, caller_id, status, attempts, max_attempts, "
                + "min_gap_minutes, cooldown_days, first_day, ends_at, closed_at, created_at) "
                + "SELECT id, tenant, campaign, id, caller, "
                + "CASE WHEN d >= 3 THEN 'CLOSED_NON_PRIORITAIRE' WHEN d >= 0 THEN 'ACTIVE' ELSE 'SCHEDULED' END, "
                + "CASE WHEN d >= 3 THEN 6 WHEN d >= 0 THEN 2 * d + 1 ELSE 0 END, 9, 120, 30, '{TODAY}' - INTERVAL d DAY, "
                + "TIMESTAMP('{TODAY}' - INTERVAL d DAY) + INTERVAL 65 HOUR, "
                + "IF(d >= 3, TIMESTAMP('{TODAY}' - INTERVAL d DAY) + INTERVAL 65 HOUR, NULL), NOW(3) "
                + "FROM (SELECT {ID0} + a.seq * {CONTACTS} + k.seq AS id, {tenant} AS tenant, "
                + "{ID0} + a.seq * 10 + IF(k.seq <= {ENROLLED} DIV 2, 1, 2) AS campaign, {ID0} + a.seq * 10 + 2 + k.seq MOD 4 AS caller, "
                + "CAST(k.seq MOD {START_DAYS} AS SIGNED) - 2 AS d FROM seq_{from}_to_{to} a JOIN seq_1_to_{ENROLLED} k) x");
        String enrolments = "e.id > {ID0} + {from} * {CONTACTS} AND e.id <= {ID0} + ({to} + 1) * {CONTACTS}";
        chunked("call tasks", "INSERT INTO call_task (id, tenant_id, enrolment_id, caller_id, kind, day_no, slot_no, opens_at, "
                + "closes_at, status) SELECT id, tenant_id, enrolment_id, caller_id, 'SLOT', day_no, slot_no, opens_at, "
                + "opens_at + INTERVAL 2 HOUR, CASE WHEN opens_at + INTERVAL 2 HOUR <= '{NOW}' THEN IF(slot_no = 2, 'MISSED', 'DONE') "
                + "WHEN opens_at <= '{NOW}' THEN 'OPEN' ELSE 'PLANNED' END "
                + "FROM (SELECT {ID0} + (e.id - {ID0}) * 10 + s.seq AS id, e.tenant_id, e.id AS enrolment_id, e.caller_id, "
                + "1 + (s.seq - 1) DIV 3 AS day_no, 1 + (s.seq - 1) MOD 3 AS slot_no, TIMESTAMP(e.first_day) "
                + "+ INTERVAL ((s.seq - 1) DIV 3) DAY + INTERVAL (8 + 3 * ((s.seq - 1) MOD 3)) HOUR AS opens_at "
                + "FROM enrolment e JOIN seq_1_to_9 s WHERE " + enrolments + ") x");
        chunked("attempts", "INSERT INTO attempt (id, tenant_id, enrolment_id, task_id, campaign_id, contact_id, caller_id, outcome, "
                + "day_no, slot_no, made_at) SELECT t.id, t.tenant_id, e.id, t.id, e.campaign_id, e.contact_id, t.caller_id, "
                + "IF(t.id MOD 3 = 0, 'VOICEMAIL', 'NO_ANSWER'), t.day_no, t.slot_no, t.opens_at + INTERVAL (t.id MOD 90) MINUTE "
                + "FROM call_task t JOIN enrolment e ON e.id = t.enrolment_id WHERE t.status = 'DONE' "
                + "AND t.id > {ID0} + {from} * {CONTACTS} * 10 AND t.id < {ID0} + (({to} + 1) * {CONTACTS} + 1) * 10");
        // Fresh statistics, as a database that grew to this size would have: plans must not depend on a stale sample.
        long start = System.nanoTime();
        InTenant.call(tx, tenant(1), 3600, () -> em.createNativeQuery(
                "ANALYZE TABLE staff_member, outlet, contact, campaign, client, enrolment, call_task, attempt").getResultList());
        figures.record("generation, ANALYZE TABLE", Figures.ms(System.nanoTime() - start));
    }

    /** One statement per chunk of agencies: seq_{from}_to_{to} is the chunk's agency numbers. */
    private void chunked(String what, String template) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        for (int from = 1; from <= TENANTS; from += CHUNK) {
            int to = Math.min(TENANTS, from + CHUNK - 1);
            rows += db.update(sql(template).replace("{from}", String.valueOf(from)).replace("{to}", String.valueOf(to)));
        }
        figures.record("generation, " + what, String.format("%s (%,d rows)", Figures.ms(System.nanoTime() - start), rows));
    }

    private void time(String what, List<String> templates) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        for (String template : templates) {
            rows += db.update(sql(template));
        }
        figures.record("generation, " + what, String.format("%s (%,d rows)", Figures.ms(System.nanoTime() - start), rows));
    }

    /** The generator's constants in its SQL; {tenant} is agency number a.seq as its id. */
    private static String sql(String template) {
        String sql = template.replace("{tenant}", "CONCAT('bench-', LPAD(a.seq, 4, '0'))");
        for (Map.Entry<String, Object> c : Map.<String, Object>of("ID0", ID0, "TENANTS", TENANTS, "CONTACTS", CONTACTS,
                "OUTLETS", OUTLETS, "ENROLLED", ENROLLED, "START_DAYS", START_DAYS, "TODAY", TODAY, "EMAIL", RunAsStagiaire.EMAIL,
                "NOW", NOW.toString().replace("T", " ").replace("Z", "")).entrySet()) {
            sql = sql.replace("{" + c.getKey() + "}", String.valueOf(c.getValue()));
        }
        return sql;
    }

    static String tenant(int agency) {
        return String.format("bench-%04d", agency);
    }

    static long staffId(int agency, int staff) {
        return ID0 + agency * 10L + staff;
    }

    private <T> T asStagiaire(String tenant, Callable<T> work) {
        return TenantScope.call(tenant, () -> {
            try {
                return stagiaire.call(work);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
