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
import java.time.LocalDate;

import static io.relance.it.Agencies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A share link made to expire today opens the page today and answers 410 once the server's clock
 * has moved past its day (the day after, the client is told it expired, not shown the page).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShareLinkExpiryIT {

    static String url;

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(ShareLinkExpiryIT.class, InTenant.class);
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
    void aLinkExpiringTodayOpensToday() throws Exception {
        String owner = ContactsIT.newAgency("expiry");
        long contact = id(Tokens.postJson("/api/contacts", owner, "{\"lastName\":\"Brève\",\"mobile\":\"06 44 55 66 77\"}").body());
        long client = id(Tokens.postJson("/api/clients", owner, "{\"name\":\"Marque brève\"}").body());
        long campaign = id(Tokens.postJson("/api/campaigns", owner, "{\"clientId\":" + client + ",\"kind\":\"PRESS_RELEASE\","
                + "\"subject\":\"Éphémère\",\"sendDate\":\"" + LocalDate.now() + "\"}").body());
        Tokens.postJson("/api/campaigns/" + campaign + "/targets", owner, "{\"ids\":[" + contact + "]}");
        assertEquals(200, Tokens.postJson("/api/campaigns/" + campaign + "/launch", owner, "").statusCode());
        String body = Tokens.postJson("/api/campaigns/" + campaign + "/share-links", owner, "{\"expiresOn\":\""
                + LocalDate.now(java.time.ZoneId.of("Europe/Paris")) + "\"}").body();
        url = body.replaceAll("(?s).*\"url\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertEquals(200, new WebSession().get(url).statusCode());
    }

    /** In the server: two days later. */
    @Test
    @Order(2)
    void twoDaysPass() {
        clock.use(Clock.offset(Clock.systemUTC(), Duration.ofDays(2)));
    }

    @Test
    @Order(3)
    @RunAsClient
    void theLinkHasExpired() throws Exception {
        var page = new WebSession().get(url);
        assertEquals(410, page.statusCode(), "expired: gone");
        assertEquals(true, page.body().contains("n'est plus valable"), page.body());
    }

    @Test
    @Order(4)
    void theClockComesBack() {
        clock.use(Clock.systemUTC());
    }
}
