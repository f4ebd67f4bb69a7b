package io.relance.faults;

import io.relance.it.Tokens;
import io.relance.it.WebSession;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database stops for a minute under a logged-in caller, then comes back. Both nodes say DOWN,
 * then UP by themselves; pages answer "service momentanément indisponible" (503, no Java), the API a
 * JSON 503, a PrimeFaces click is sent to that page; an outcome posted meanwhile is refused and
 * leaves no row; the engine and the outboxes log one line each way and work again; no node restarts.
 */
class DatabaseOutageFaultIT extends ClusterFault {

    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final String PASSWORD = "demo-password-1";
    private static final String STAGIAIRE = "stagiaire@agence-demo.fr";
    private static final String JOURNEE = "/app/journee/today.xhtml";
    private static final Pattern TASK = Pattern.compile("\"taskId\"\\s*:\\s*(\\d+)");

    private final Probes probes = new Probes(cluster);


    @Test
    void aMinuteWithoutTheDatabase() throws Exception {
        WebSession browser = new WebSession();
        HttpResponse<String> page = browser.login(cluster.lbUrl() + JOURNEE, STAGIAIRE, PASSWORD);
        assertEquals(200, page.statusCode(), page.body());
        String token = Tokens.accessToken(STAGIAIRE, PASSWORD);
        HttpResponse<String> day = Tokens.get("/api/journee", token);
        assertEquals(200, day.statusCode(), day.body());
        long task = firstTask(day.body());
        long attemptsBefore = probes.number("SELECT COUNT(*) FROM attempt WHERE tenant_id = 'agence-demo'");
        long[] marks = {probes.logMark(1), probes.logMark(2)};

        Instant stopped = Instant.now();
        cluster.stopDatabase();

        for (int node = 1; node <= 2; node++) {
            int n = node;
            assertTrue(Probes.within(Duration.ofSeconds(20), () -> probes.readiness(n).statusCode() == 503),
                    "node " + n + " says it is not ready: " + probes.readiness(n).body());
            assertTrue(probes.readiness(n).body().contains("\"database\""), probes.readiness(n).body());
            assertEquals(200, probes.liveness(n).statusCode(), "node " + n + " stays live (nobody restarts it)");
        }

        HttpResponse<String> unavailable = browser.get(cluster.lbUrl() + JOURNEE);
        assertUnavailablePage(unavailable);
        HttpResponse<String> refused = Tokens.postJson("/api/journee/" + task + "/outcome", token, "{\"outcome\":\"NO_ANSWER\"}");
        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"error\":\"unavailable\""), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "the client is told when to retry");
        HttpResponse<String> click = ajaxClick(browser);
        assertEquals(200, click.statusCode(), click.body());
        assertTrue(click.body().contains("<redirect url=\"/error/unavailable.xhtml?back="), "PrimeFaces is sent to the page: " + click.body());
        HttpResponse<String> landing = new WebSession().get(cluster.lbUrl() + "/");
        assertEquals(200, landing.statusCode(), "the public landing page needs no database");

        Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.between(stopped, Instant.now()).toMillis()));
        cluster.startDatabase();
        Instant restarted = Instant.now();

        for (int node = 1; node <= 2; node++) {
            int n = node;
            assertTrue(Probes.within(Duration.ofSeconds(60), () -> probes.readiness(n).statusCode() == 200),
                    "node " + n + " ready again by itself: " + probes.readiness(n).body());
        }
        HttpResponse<String> back = browser.get(cluster.lbUrl() + JOURNEE);
        assertEquals(200, back.statusCode(), "the same session works again: " + back.body());
        assertFalse(back.body().contains("momentanément indisponible"));
        assertEquals(attemptsBefore, probes.number("SELECT COUNT(*) FROM attempt WHERE tenant_id = 'agence-demo'"),
                "the outcome refused during the outage left no attempt");

        HttpResponse<String> logged = Tokens.postJson("/api/journee/" + task + "/outcome", token, "{\"outcome\":\"NO_ANSWER\"}");
        assertNotEquals(503, logged.statusCode(), logged.body());
        long attemptsAfter = probes.number("SELECT COUNT(*) FROM attempt WHERE tenant_id = 'agence-demo'");
        assertEquals(attemptsBefore + (logged.statusCode() == 200 ? 1 : 0), attemptsAfter,
                "logged once when the database answers again (" + logged.statusCode() + " " + logged.body() + ")");

        assertNothingHalfWritten(stopped, restarted);
        for (int node = 1; node <= 2; node++) {
            int n = node;
            assertTrue(Probes.within(Duration.ofSeconds(30), () -> resumed(n, marks[n - 1])),
                    "node " + n + " pollers resumed by themselves:\n" + probes.tail(n, marks[n - 1]));
            String log = probes.logSince(n, marks[n - 1]);
            assertEquals(1, Probes.count(log, "Engine poll paused: the database cannot be reached"), "one line per outage:\n" + log);
            assertTrue(Probes.count(log, "\tat ") < 400,
                    "no stack trace per tick (a minute is 30 engine and 24 outbox ticks):\n" + log);
        }
    }

    /** Steps claimed when the database went are claimed again; none was counted as failed because of it. */
    private void assertNothingHalfWritten(Instant stopped, Instant restarted) throws Exception {
        assertEquals(0, probes.number("SELECT COUNT(*) FROM attempt WHERE made_at BETWEEN ? AND ?",
                Timestamp.from(stopped.plusSeconds(2)), Timestamp.from(restarted)), "nothing was written while the database was away");
        assertEquals(0, probes.number("SELECT COUNT(*) FROM attempt a LEFT JOIN enrolment e ON e.id = a.enrolment_id AND e.tenant_id = a.tenant_id "
                + "WHERE e.id IS NULL"), "every attempt has its enrolment");
        assertEquals(0, probes.number("SELECT COUNT(*) FROM due_step WHERE last_error LIKE '%Communications link%' "
                + "OR last_error LIKE '%IJ0%' OR last_error LIKE '%Connection refused%'"), "no step was failed by the outage");
        assertTrue(Probes.within(Duration.ofSeconds(120), () -> {
            try {
                return probes.number("SELECT COUNT(*) FROM due_step WHERE status = 'RUNNING' AND lease_until < ?",
                        Timestamp.from(Instant.now().minusSeconds(10))) == 0
                        && probes.number("SELECT COUNT(*) FROM due_step WHERE status = 'PENDING' AND due_at < ?",
                        Timestamp.from(restarted.minusSeconds(5))) == 0;
            } catch (SQLException e) {
                return false;
            }
        }), "the engine drained what fell due during the outage and took back the claims it lost");
    }

    private boolean resumed(int node, long mark) {
        try {
            String log = probes.logSince(node, mark);
            return log.contains("Engine poll resumed") && log.contains("SMS dispatch resumed") && log.contains("Email dispatch resumed");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** What PrimeFaces sends when a button of Ma journée is clicked (the database being away, nothing past the member check runs). */
    private HttpResponse<String> ajaxClick(WebSession browser) throws Exception {
        String cookies = browser.cookie("JSESSIONID").map(v -> "JSESSIONID=" + v).orElseThrow()
                + browser.cookie("RELANCE_NODE").map(v -> "; RELANCE_NODE=" + v).orElse("");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(cluster.lbUrl() + JOURNEE))
                .header("Cookie", cookies).header("Faces-Request", "partial/ajax")
                .header("Referer", cluster.lbUrl() + JOURNEE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true&jakarta.faces.source=card%3Aoutcome")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void assertUnavailablePage(HttpResponse<String> page) {
        assertEquals(503, page.statusCode(), page.body());
        assertTrue(page.body().contains("Service momentanément indisponible"), page.body());
        assertTrue(page.body().contains("id=\"retry\""), "a way back to the page: " + page.body());
        assertNoJava(page);
    }

    /** No stack trace nor exception text (PrimeFaces' own settings name ViewExpiredException: not an error shown). */
    static void assertNoJava(HttpResponse<String> page) {
        String text = org.jsoup.Jsoup.parse(page.body()).text();
        for (String java : new String[]{"Exception", "at io.relance", "at org.", "Caused by", "IJ0", "SQL", "java."}) {
            assertFalse(text.contains(java), "no Java on the page (" + java + "): " + text);
        }
    }

    private static long firstTask(String day) {
        Matcher m = TASK.matcher(day);
        return m.find() ? Long.parseLong(m.group(1)) : 1L;
    }
}
