package io.relance.faults;

import io.relance.devstack.ClusterStack;
import io.relance.it.WebSession;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cluster's first promise: a person logged in through the load balancer stays logged in when
 * the node that served them dies (kill -9, no goodbye), and the other node answers them.
 */
class FailoverSmokeFaultIT extends ClusterFault {

    private static final String PAGE = "/app/contacts/list.xhtml";



    @Test
    void aLoggedInPersonKeepsWorkingOnTheOtherNodeWhenTheirsIsKilled() throws Exception {
        WebSession browser = new WebSession();
        HttpResponse<String> list = browser.login(cluster.lbUrl() + PAGE, "directeur@agence-demo.fr", "demo-password-1");
        assertOnTheList(list);
        int served = ClusterStack.nodeOfCookie(browser.cookie("RELANCE_NODE").orElseThrow());
        int other = 3 - served;

        cluster.killNode(served);

        HttpResponse<String> again = browser.get(cluster.lbUrl() + PAGE);
        assertOnTheList(again);
        assertEquals(other, ClusterStack.nodeOfCookie(browser.cookie("RELANCE_NODE").orElseThrow()),
                "the balancer moved the person to the node still up");
        assertFalse(cluster.isNodeRunning(served), "node " + served + " was killed");
        HttpResponse<Void> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(cluster.managementUrl(other) + "/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, ready.statusCode(), "node " + other + " is ready");
    }

    /** The contacts list itself, not Keycloak's login page nor the balancer's "indisponible" page. */
    private static void assertOnTheList(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.uri() + "\n" + page.body());
        assertTrue(page.uri().getPath().endsWith(PAGE), "still on the page, not sent to log in: " + page.uri());
        assertNull(org.jsoup.Jsoup.parse(page.body()).getElementById("kc-form-login"), "no login form");
        assertFalse(page.body().contains("momentanément indisponible"), "answered by a node, not by the balancer");
    }
}
