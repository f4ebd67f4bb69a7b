package io.relance.it;

import io.relance.application.common.AppClock;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The promise of the product, in a browser: while a stagiaire has Emma's call on screen, a chef de
 * projet ticks "Ne pas appeler" on Emma's card; the stagiaire's outcome is refused with a clear
 * message and Emma leaves the queue. Then an opt-out over the API empties the day. The agency is
 * made over the API; the server's clock moves into the first slot. Screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SaidNoBrowserIT {

    static final String PREFIX = "saidno-";
    static String slug;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withFirstSlot(SaidNoBrowserIT.class);
    }

    @Inject
    TenantSql db;

    @Inject
    AppClock clock;

    @Test
    @Order(1)
    @RunAsClient
    void anAgencyLaunchesAReleaseToEmmaAndPaul() throws Exception {
        slug = PREFIX + UUID.randomUUID().toString().substring(0, 6);
        SaidNoWalkthrough.agencyLaunches(slug);
    }

    @Test
    @Order(2)
    void theFirstSlotOpens() throws Exception {
        assertEquals(2L, FirstSlot.open(db, clock, FirstSlot.latestAgency(db, PREFIX), 2), "Emma's and Paul's first call");
    }

    @Test
    @Order(3)
    @RunAsClient
    void aChefTicksDoNotCallWhileTheStagiaireHasTheCardOpen() throws Exception {
        SaidNoWalkthrough.doNotCallWhileTheCardIsOpen(slug);
        SaidNoWalkthrough.optOutOverTheApi(slug);
    }

    /** In the server: why each sequence closed, and the emails that will not leave; then the clock goes back. */
    @Test
    @Order(4)
    void theSequencesSayWhyAndTheEmailsStayBehind() throws Exception {
        clock.use(Clock.systemUTC());
        String tenant = FirstSlot.latestAgency(db, PREFIX);
        String closings = db.use(tenant).text("SELECT GROUP_CONCAT(CONCAT(status, ' by ', "
                + "closed_by, ': ', closed_reason) ORDER BY closed_reason SEPARATOR ' / ') FROM enrolment WHERE tenant_id = ?1");
        assertEquals("CLOSED_CANCELLED by chef@" + tenant + ".fr: Ne pas appeler : Demande du journaliste / "
                + "CLOSED_CANCELLED by dir@" + tenant + ".fr: Ne plus relancer : Demande par email", closings,
                "who ended each sequence, and why");
        assertEquals(0L, db.use(tenant).count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 "
                + "AND status IN ('PLANNED','OPEN')"), "nobody is left to call");
    }
}
