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
 * A chef de projet creates and launches a campaign on 20 imported contacts; on the first day of
 * the follow-ups (the server's clock moved there) a stagiaire works through Ma journée with the
 * keyboard; the chef reads the numbers logged in the bilan. Screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignBrowserIT {

    static final String PREFIX = "journee-";
    static String slug;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withFirstSlot(CampaignBrowserIT.class);
    }

    @Inject
    TenantSql db;

    @Inject
    AppClock clock;

    @Test
    @Order(1)
    @RunAsClient
    void aChefLaunchesACampaignOnTwentyImportedContacts() throws Exception {
        slug = PREFIX + UUID.randomUUID().toString().substring(0, 6);
        CampaignWalkthrough.chefLaunchesACampaign(slug);
    }

    /** In the server: the clock moves to ten minutes into the first slot, and the engine opens it. */
    @Test
    @Order(2)
    void theFirstSlotOpens() throws Exception {
        String tenant = FirstSlot.latestAgency(db, PREFIX);
        assertEquals(20L, FirstSlot.open(db, clock, tenant, 20), "the first slot of every contact is open");
        for (int i = 0; i < 50 && sent(tenant) < 20; i++) {
            Thread.sleep(200); // the SMS poller runs every 5 s
        }
        assertEquals(20L, sent(tenant), "every anchor SMS went to the outbox (no operator configured)");
    }

    @Test
    @Order(3)
    @RunAsClient
    void aStagiaireWorksMaJourneeWithTheKeyboardAndTheChefReadsTheBilan() throws Exception {
        CampaignWalkthrough.stagiaireWorksAndChefReadsTheBilan(slug);
    }

    @Test
    @Order(4)
    void theClockGoesBack() {
        clock.use(Clock.systemUTC());
    }

    private long sent(String tenant) throws Exception {
        return db.use(tenant).count("SELECT COUNT(*) FROM sms_outbox WHERE tenant_id = ?1 AND status = 'SENT'");
    }
}
