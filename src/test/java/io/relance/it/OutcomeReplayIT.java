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
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An outcome posted twice for the same call (issue 20): the retry a person makes after the node that
 * answered died mid-request, or a double click. The call task is the idempotency key: the first
 * outcome is saved, the second is answered 409 with the outcome that stands, and one attempt exists,
 * whether the two posts follow each other or race.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutcomeReplayIT {

    static final String PREFIX = "replay-";
    static String token;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withFirstSlot(OutcomeReplayIT.class);
    }

    @Inject
    TenantSql db;

    @Inject
    AppClock clock;

    @Test
    @Order(1)
    @RunAsClient
    void anAgencyLaunchesACampaignToTwoPeople() throws Exception {
        token = PressCampaign.launch(PREFIX, "Premier", "Second");
    }

    @Test
    @Order(2)
    void bothFirstCallsOpen() throws Exception {
        assertEquals(2L, FirstSlot.open(db, clock, FirstSlot.latestAgency(db, PREFIX), 2));
    }

    @Test
    @Order(3)
    @RunAsClient
    void theSameOutcomeSentAgainIsSavedOnceAndAnsweredClearly() throws Exception {
        long task = openTasks().get(0);
        HttpResponse<String> first = outcome(task, "NO_ANSWER");
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> again = outcome(task, "NO_ANSWER");
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("attempt.alreadyLogged") && again.body().contains("NO_ANSWER"),
                "the retry is told the outcome that stands: " + again.body());
        HttpResponse<String> other = outcome(task, "YES");
        assertEquals(409, other.statusCode(), other.body());
        assertTrue(other.body().contains("NO_ANSWER"), "another outcome on the same call changes nothing: " + other.body());
    }

    @Test
    @Order(4)
    @RunAsClient
    void twoPostsRacingForTheSameCallSaveOneOutcome() throws Exception {
        long task = openTasks().get(0);
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> quietly(task));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> quietly(task));
        List<Integer> statuses = List.of(a.get().statusCode(), b.get().statusCode()).stream().sorted().toList();
        assertEquals(List.of(200, 409), statuses, a.get().body() + " / " + b.get().body());
    }

    @Test
    @Order(5)
    void oneAttemptPerCallAndTheClockGoesBack() throws Exception {
        clock.use(Clock.systemUTC());
        String tenant = FirstSlot.latestAgency(db, PREFIX);
        assertEquals(2L, db.use(tenant).count("SELECT COUNT(*) FROM attempt WHERE tenant_id = ?1"), "one attempt for each of the two calls");
        assertEquals(2L, db.count("SELECT COUNT(DISTINCT task_id) FROM attempt WHERE tenant_id = ?1"));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM attempt WHERE tenant_id = ?1 AND outcome <> 'NO_ANSWER'"));
    }

    /** The day's calls still open. */
    private static List<Long> openTasks() throws Exception {
        List<Long> open = List.copyOf(OpenCalls.of(token).keySet());
        assertTrue(!open.isEmpty(), "an open call in the day");
        return open;
    }

    private static HttpResponse<String> outcome(long task, String outcome) throws Exception {
        return Tokens.postJson("/api/journee/" + task + "/outcome", token, "{\"outcome\":\"" + outcome + "\"}");
    }

    private static HttpResponse<String> quietly(long task) {
        try {
            return outcome(task, "NO_ANSWER");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
