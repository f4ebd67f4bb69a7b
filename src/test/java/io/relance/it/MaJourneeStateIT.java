package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ma journée's card, queue and qualification side are rebuilt from the page on each request: none of
 * their components' state is carried in the caller's session (issue 20 §3). Mojarra 4.0 kept, for
 * each component once rendered, the list of attributes its tag set — ~13 KB a page, 8 pages a
 * session, marshalled and written at the end of every request; PrimeFaces' theme and texts, which
 * it added to each page as it rendered, were saved whole likewise. The deployment is the real WAR (an
 * in-container test's is not distributable, so its sessions never reach the table).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MaJourneeStateIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void theCardsComponentsAreNotCarriedInTheSession() throws Exception {
        String token = PressCampaign.launch("mjstate-", "Durand", "Martin");
        openItsFirstCallNow();
        Map<Long, String> calls = OpenCalls.of(token);
        assertEquals(1, calls.size(), "one open call: " + calls);
        Set<String> before = SessionTable.ids();

        FacesPage page = new FacesPage(token, "/app/journee/today.xhtml");
        for (int i = 0; i < 2; i++) {
            Map.Entry<Long, String> call = calls.entrySet().iterator().next();
            String partial = page.ajax("queue", "queue:select", null, "journee",
                    Map.of("queue:select", "queue:select", "task", call.getKey().toString()));
            assertTrue(partial.contains(call.getValue()) && partial.contains("card:resend"), "the card of " + call.getValue() + ": " + partial);
        }

        String row = new String(SessionTable.datum(SessionTable.largestSince(before)
                .orElseThrow(() -> new AssertionError("the session is stored")).id()), StandardCharsets.ISO_8859_1);
        assertTrue(row.contains("maJourneeView"), "the page's view bean is in the session (the row read is the caller's)");
        for (String component : List.of("card:resend", "card:callbackAt", "card:history", "queue:select")) {
            assertFalse(row.contains(component), component + "'s state is in the session");
        }
        // PrimeFaces' theme and texts come from the template, not added at render time and saved whole
        for (String resource : List.of("theme.css", "locales/locale-")) {
            assertFalse(row.contains(resource), resource + " is in the session");
        }
    }

    /**
     * The agency's first call opened now in the database (what the engine does when a slot opens), so
     * that the test runs any day at any hour without moving the server's clock.
     */
    private static void openItsFirstCallNow() throws Exception {
        try (Connection db = TestDatabase.connect()) {
            long task = 0;
            for (int i = 0; i < 50 && task == 0; i++) {
                try (PreparedStatement find = db.prepareStatement("SELECT t.id FROM call_task t WHERE t.tenant_id = "
                        + "(SELECT id FROM agency WHERE id LIKE 'mjstate-%' ORDER BY created_at DESC LIMIT 1) ORDER BY t.opens_at, t.id LIMIT 1");
                     ResultSet r = find.executeQuery()) {
                    task = r.next() ? r.getLong(1) : 0;
                }
                Thread.sleep(task == 0 ? 200 : 0);
            }
            assertTrue(task > 0, "the launch planned calls");
            try (PreparedStatement open = db.prepareStatement("UPDATE call_task SET status = 'OPEN', "
                    + "opens_at = UTC_TIMESTAMP(3) - INTERVAL 1 SECOND, closes_at = UTC_TIMESTAMP(3) + INTERVAL 3 HOUR WHERE id = ?")) {
                open.setLong(1, task);
                assertEquals(1, open.executeUpdate());
            }
        }
    }
}
