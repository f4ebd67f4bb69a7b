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
 * A caller qualifies a prospect of an "offre commerciale" with the keyboard and sends the standard
 * quote from the card: the agency (signed up, two prospects imported, a stagiaire, its standard
 * quote, the campaign launched) is made over the API; the server's clock then moves into the first
 * slot. Screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QualificationBrowserIT {

    static final String PREFIX = "qualif-";
    static String slug;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withFirstSlot(QualificationBrowserIT.class);
    }

    @Inject
    TenantSql db;

    @Inject
    AppClock clock;

    @Test
    @Order(1)
    @RunAsClient
    void anAgencyLaunchesACommercialOfferWithItsStandardQuote() throws Exception {
        slug = PREFIX + UUID.randomUUID().toString().substring(0, 6);
        QualificationWalkthrough.agencyLaunchesACommercialOffer(slug);
    }

    /** In the server: the clock moves to ten minutes into the first slot, and the engine opens it. */
    @Test
    @Order(2)
    void theFirstSlotOpens() throws Exception {
        assertEquals(2L, FirstSlot.open(db, clock, FirstSlot.latestAgency(db, PREFIX), 2), "both prospects' first call");
    }

    @Test
    @Order(3)
    @RunAsClient
    void aCallerQualifiesByKeyboardAndSendsTheQuote() throws Exception {
        QualificationWalkthrough.callerQualifiesAndSendsTheQuote(slug);
        QualificationWalkthrough.theCardOverTheApi(slug);
    }

    /** In the server: the quote left with its PDF, then the clock goes back. */
    @Test
    @Order(4)
    void theQuoteWasWrittenWithItsPdf() throws Exception {
        clock.use(Clock.systemUTC());
        String tenant = FirstSlot.latestAgency(db, PREFIX);
        assertEquals(1L, db.use(tenant).count("SELECT COUNT(*) FROM mail_outbox m JOIN mail_attachment a ON a.tenant_id = m.tenant_id "
                + "AND a.mail_id = m.id WHERE m.tenant_id = ?1 AND m.kind = 'QUOTE' AND a.content_type = 'application/pdf'"));
        assertEquals(1L, db.use(tenant).count("SELECT COUNT(*) FROM qualification WHERE tenant_id = ?1 AND priority = 'LOW'"));
        assertEquals(1L, db.use(tenant).count("SELECT COUNT(*) FROM qualification WHERE tenant_id = ?1 AND priority = 'HIGH'"),
                "the other prospect, qualified over the API");
    }

    @Test
    @Order(5)
    @RunAsClient
    void theDirecteurRecordsAnOutcomeAndReadsTheSalesBilan() throws Exception {
        QualificationWalkthrough.directeurFollowsTheProspects(slug);
    }
}
