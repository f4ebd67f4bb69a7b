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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        return Deployments.withFirstSlot(QueueSelectIT.class);
    }

    @Inject
    TenantSql db;

    @Inject
    AppClock clock;

    @Test
    @Order(1)
    @RunAsClient
    void twoAgenciesLaunchACampaign() throws Exception {
        home = PressCampaign.launch(HOME, "Durand", "Martin");
        other = PressCampaign.launch(OTHER, "Etranger", "Lointain");
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

    private static Map<Long, String> openCalls(String token) throws Exception {
        Map<Long, String> open = OpenCalls.of(token);
        assertEquals(2, open.size(), "two open calls: " + open);
        return open;
    }
}
