package io.relance.faults;

import io.relance.devstack.ClusterStack;
import io.relance.it.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 of a node under a person at work (issue 20): Léa, logged in through the load balancer in
 * Chromium, has a call on Ma journée. The node her RELANCE_NODE cookie names is killed while she
 * logs the outcome. She stays on the same page with no login; the outcome is saved once, or she is
 * told it was not (the connection banner) and her retry saves it once (a retry of a call already saved
 * is answered "déjà enregistrée"); the page keeps working; neither node's log has a session that could
 * not be replicated (NotSerializableException, ISPN000559).
 */
class KillUnderUsersFaultIT extends ClusterFault {

    private static final String JOURNEE = "/app/journee/today.xhtml";
    private static final String LEA = "stagiaire@agence-demo.fr";
    private static final String PASSWORD = "demo-password-1";



    @Test
    void anOutcomeLoggedWhileHerNodeIsKilledIsSavedOnceAndSheStaysLoggedIn() throws Exception {
        long task = openOneOfLeasCallsNow();
        try (Browser browser = new Browser(1280, 900)) {
            browser.open(cluster.lbUrl() + JOURNEE);
            browser.keycloakLogin(LEA, PASSWORD);
            String name = browser.textOf("#card-name", null);
            assertFalse(name.isBlank(), "a call on the card: " + browser.text());
            long before = attemptsOfLea();
            Cookie node = browser.driver().manage().getCookieNamed("RELANCE_NODE");
            assertNotNull(node, "the balancer's cookie names her node");
            int served = ClusterStack.nodeOfCookie(node.getValue());

            // she clicks "no answer" as her node dies: the kill and the click race
            Thread killer = new Thread(() -> {
                try {
                    cluster.killNode(served);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            killer.start();
            browser.click("button[data-outcome='NO_ANSWER']");
            killer.join();
            assertFalse(cluster.isNodeRunning(served));

            // either the card moved on (saved) or the page said the server did not answer: then she retries
            String after = waitForAnswer(browser, name);
            if (after.equals("lost")) {
                browser.screenshot("kill-under-users-banner");
                assertTrue(browser.find("#connection-lost").getText().contains("Le serveur n'a pas répondu"));
                browser.click("button[data-outcome='NO_ANSWER']");
                waitForAnswer(browser, name);
            }
            browser.screenshot("kill-under-users-after");
            assertTrue(browser.url().contains(JOURNEE), "the same page, not Keycloak's: " + browser.url());
            assertTrue(browser.driver().findElements(By.id("kc-form-login")).isEmpty(), "no login asked");
            assertEquals(before + 1, attemptsOfLea(), "the outcome is saved once: " + browser.text());
            assertTrue(count("SELECT COUNT(*) FROM attempt WHERE task_id = ?", task) <= 1, "never twice on one call");

            // the page keeps working on the other node: read again, the day is there, still no login
            browser.open(cluster.lbUrl() + JOURNEE);
            browser.find("#journee");
            assertTrue(browser.driver().findElements(By.id("kc-form-login")).isEmpty(), "no login after the failover");
            assertEquals(3 - served, ClusterStack.nodeOfCookie(browser.driver().manage().getCookieNamed("RELANCE_NODE").getValue()));
            browser.assertNoCspViolation();
        }
        for (int i = 1; i <= 2; i++) {
            String log = Files.readString(cluster.nodeLog(i));
            assertFalse(log.contains("NotSerializableException") || log.contains("ISPN000559"),
                    "node " + i + " could not replicate a session: see " + cluster.nodeLog(i));
        }
    }

    /**
     * Waits for what the page says: a message (saved, or refused with its reason) or the banner saying
     * the server did not answer ("lost"). Nothing at all fails after a minute.
     */
    private static String waitForAnswer(Browser browser, String name) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    if (!d.findElements(By.cssSelector("#connection-lost:not([hidden])")).isEmpty()) {
                        return "lost";
                    }
                    String messages = d.findElements(By.id("messages")).isEmpty() ? "" : d.findElement(By.id("messages")).getText();
                    return messages.isBlank() ? null : messages;
                });
    }

    /**
     * The demo's calls are for business days at their slots' hours: one of Léa's calls is opened now
     * in the database (what the engine does when a slot opens), so the test runs any day at any hour.
     */
    private long openOneOfLeasCallsNow() throws Exception {
        try (Connection db = DriverManager.getConnection(cluster.jdbcUrl(), "root", "relance")) {
            long task;
            try (PreparedStatement find = db.prepareStatement("SELECT t.id FROM call_task t "
                    + "JOIN staff_member s ON s.tenant_id = t.tenant_id AND s.id = t.caller_id "
                    + "JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id "
                    + "JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                    + "WHERE s.email = ? AND t.status IN ('PLANNED', 'OPEN') AND e.status IN ('ACTIVE', 'CALLBACK', 'SCHEDULED') "
                    + "AND NOT c.privileged ORDER BY t.opens_at, t.id LIMIT 1")) {
                find.setString(1, LEA);
                try (ResultSet r = find.executeQuery()) {
                    assertTrue(r.next(), "Léa has a call to make in the demo");
                    task = r.getLong(1);
                }
            }
            try (PreparedStatement open = db.prepareStatement("UPDATE call_task SET status = 'OPEN', "
                    + "opens_at = UTC_TIMESTAMP(3) - INTERVAL 2 MINUTE, closes_at = UTC_TIMESTAMP(3) + INTERVAL 3 HOUR WHERE id = ?")) {
                open.setLong(1, task);
                assertEquals(1, open.executeUpdate());
            }
            return task;
        }
    }

    private long attemptsOfLea() throws Exception {
        return count("SELECT COUNT(*) FROM attempt a JOIN staff_member s ON s.tenant_id = a.tenant_id AND s.id = a.caller_id "
                + "WHERE s.email = ?", LEA);
    }

    private long count(String sql, Object parameter) throws Exception {
        try (Connection db = DriverManager.getConnection(cluster.jdbcUrl(), "root", "relance");
             PreparedStatement q = db.prepareStatement(sql)) {
            q.setObject(1, parameter);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
