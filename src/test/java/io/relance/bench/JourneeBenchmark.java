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

    static final int TENANTS = JourneeData.TENANTS;
    static final int ENROLLED = JourneeData.ENROLLED;
    static final int START_DAYS = JourneeData.START_DAYS;
    /** Tuesday; 11:30 UTC is 12:30 in Paris, inside the day's second slot (slots open 08:00, 11:00, 14:00 UTC for 2 h). */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Instant NOW = Instant.parse("2026-11-24T11:30:00Z");
    static final int WARM_UP = 50;
    static final int MEASURED = 1_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(JourneeBenchmark.class, JourneeData.class, JourneeData.Sql.class,
                JourneeData.Report.class, Figures.class, BenchSql.class, InTenant.class,
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
        // Slots open at 08:00, 11:00 and 14:00 UTC; stagiaire 3 is RunAsStagiaire's email.
        new JourneeData(TODAY, NOW, 8 * 60, "IF(r.seq = 3, '" + RunAsStagiaire.EMAIL + "', CONCAT('staff', r.seq, '@bench.test'))")
                .generate(db::update, figures::record);
    }

    static String tenant(int agency) {
        return JourneeData.tenant(agency);
    }

    static long staffId(int agency, int staff) {
        return JourneeData.staffId(agency, staff);
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
