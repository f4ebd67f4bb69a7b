package io.relance.it;

import io.relance.application.common.AppClock;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
        return Deployments.relance().addClasses(CampaignBrowserIT.class, InTenant.class);
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

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
        String tenant = InTenant.call(tx, "none", () -> (String) em.createNativeQuery("SELECT id FROM agency WHERE id LIKE '"
                + PREFIX + "%' ORDER BY created_at DESC LIMIT 1").getSingleResult());
        Instant first = InTenant.call(tx, tenant, () -> ((java.sql.Timestamp) em.createNativeQuery(
                "SELECT MIN(opens_at) FROM call_task WHERE tenant_id = ?1").setParameter(1, tenant).getSingleResult()).toInstant());
        clock.use(Clock.fixed(first.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));
        for (int i = 0; i < 50 && open(tenant) < 20; i++) {
            Thread.sleep(200); // the poller runs every 2 s
        }
        assertEquals(20L, open(tenant), "the first slot of every contact is open");
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
        return InTenant.call(tx, tenant, () -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sms_outbox "
                + "WHERE tenant_id = ?1 AND status = 'SENT'").setParameter(1, tenant).getSingleResult()).longValue());
    }

    private long open(String tenant) throws Exception {
        return InTenant.call(tx, tenant, () -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM call_task "
                + "WHERE tenant_id = ?1 AND status = 'OPEN'").setParameter(1, tenant).getSingleResult()).longValue());
    }
}
