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

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.relance.it.Agencies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ma journée's queue: its links are plain and one command opens the card of the task a link sends,
 * so the task id comes from the browser. Only a call of the caller's own queue opens: another
 * agency's task, or anything but a task id, changes nothing and shows no one else.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueueSelectIT {

    static final String HOME = "qsel-home-";
    static final String OTHER = "qsel-other-";
    private static final Pattern CARD_NAME = Pattern.compile("id=\"card-name\">([^<]*)<");
    static String home;
    static String other;

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(QueueSelectIT.class, InTenant.class, TenantSql.class, FirstSlot.class);
    }

    @Inject
    TenantSql db;

    @Inject
    AppClock clock;

    @Test
    @Order(1)
    @RunAsClient
    void twoAgenciesLaunchACampaign() throws Exception {
        home = launch(HOME, "Durand", "Martin");
        other = launch(OTHER, "Etranger", "Lointain");
    }

    @Test
    @Order(2)
    void theirFirstCallsOpen() throws Exception {
        assertEquals(2L, FirstSlot.open(db, clock, FirstSlot.latestAgency(db, HOME), 2));
        assertEquals(2L, FirstSlot.open(db, clock, FirstSlot.latestAgency(db, OTHER), 2));
    }

    @Test
    @Order(3)
    @RunAsClient
    void onlyACallOfTheCallersOwnQueueOpens() throws Exception {
        Map<Long, String> mine = openCalls(home);
        Map<Long, String> theirs = openCalls(other);
        Queue page = new Queue(home);

        for (Map.Entry<Long, String> call : mine.entrySet()) {
            assertEquals(call.getValue(), cardName(page.select(call.getKey().toString())), "the call asked for is on the card");
        }

        String foreign = page.select(theirs.keySet().iterator().next().toString());
        assertTrue(mine.containsValue(cardName(foreign)), "still one of the agency's own calls: " + cardName(foreign));
        for (String stranger : theirs.values()) {
            assertFalse(foreign.contains(stranger), "another agency's contact is never shown: " + stranger);
        }

        String garbage = page.select("1 OR 1=1");
        assertFalse(garbage.contains("<error>"), garbage);
        assertEquals(cardName(foreign), cardName(garbage), "anything but a task id changes nothing");
    }

    @Test
    @Order(4)
    void theClockGoesBack() {
        clock.use(Clock.systemUTC());
    }

    /** Ma journée with the queue's command posted as journee.js posts it (client side only: not in the deployment). */
    private static final class Queue {
        private final FacesPage page;

        Queue(String token) throws Exception {
            page = new FacesPage(token, "/app/journee/today.xhtml");
        }

        String select(String task) throws Exception {
            return page.ajax("queue", "queue:select", null, "journee", Map.of("queue:select", "queue:select", "task", task));
        }
    }

    private static String cardName(String partial) {
        Matcher m = CARD_NAME.matcher(partial);
        assertTrue(m.find(), "a card in the answer: " + partial);
        return m.group(1).trim();
    }

    /** An agency with a press campaign to two people (the directeur who signed up makes the calls). */
    private static String launch(String prefix, String first, String second) throws Exception {
        String token = Tokens.accessToken(Agencies.signUp(prefix + UUID.randomUUID().toString().substring(0, 6), ContactsIT.PASSWORD),
                ContactsIT.PASSWORD);
        assertEquals(201, Tokens.postJson("/api/outlets", token,
                "{\"name\":\"Le Soir\",\"type\":\"PRESSE_ECRITE\",\"periodicity\":\"QUOTIDIEN\"}").statusCode());
        long a = contact(token, first, "0611000011");
        long b = contact(token, second, "0611000012");
        long client = id(Tokens.postJson("/api/clients", token, "{\"name\":\"Marque " + first + "\"}").body());
        long campaign = id(Tokens.postJson("/api/campaigns", token, "{\"clientId\":" + client
                + ",\"kind\":\"PRESS_RELEASE\",\"subject\":\"File\",\"sendDate\":\"2027-01-11\"}").body());
        assertEquals(200, Tokens.postJson("/api/campaigns/" + campaign + "/targets", token, "{\"ids\":[" + a + "," + b + "]}").statusCode());
        HttpResponse<String> launched = Tokens.postJson("/api/campaigns/" + campaign + "/launch", token, "");
        assertEquals(200, launched.statusCode(), launched.body());
        return token;
    }

    private static long contact(String token, String name, String mobile) throws Exception {
        HttpResponse<String> r = Tokens.postJson("/api/contacts", token, "{\"lastName\":\"" + name
                + "\",\"outletName\":\"Le Soir\",\"mobile\":\"" + mobile + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        return id(r.body());
    }

    private static Map<Long, String> openCalls(String token) throws Exception {
        Map<Long, String> open = OpenCalls.of(token);
        assertEquals(2, open.size(), "two open calls: " + open);
        return open;
    }
}
