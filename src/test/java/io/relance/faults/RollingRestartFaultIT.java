package io.relance.faults;

import io.relance.it.WebSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new build deployed node by node while people work (issue 20): logged-in users open the contacts
 * list and search it (a Faces AJAX post on the page's view state) through the load balancer, without
 * pause, while each node in turn is drained in HAProxy, shut down gracefully, given the WAR and
 * started again. Not one request fails: no error, no login page, no "page expirée", no balancer page.
 * The steps are those of docs/OPERATIONS.md ("Deploying a new version node by node").
 */
class RollingRestartFaultIT extends ClusterFault {

    private static final String PAGE = "/app/contacts/list.xhtml";
    private static final String PASSWORD = "demo-password-1";
    private static final List<String> PEOPLE = List.of("directeur@agence-demo.fr", "chef@agence-demo.fr",
            "directeur@agence-demo.fr", "chef@agence-demo.fr");
    private static final Pattern VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final AtomicBoolean working = new AtomicBoolean(true);
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> nodesSeen = ConcurrentHashMap.newKeySet();


    @Test
    void aRollingDeployUnderLoggedInUsersFailsNoRequest() throws Exception {
        List<WebSession> sessions = new ArrayList<>();
        for (String person : PEOPLE) {
            WebSession session = new WebSession();
            HttpResponse<String> first = session.login(cluster.lbUrl() + PAGE, person, PASSWORD);
            assertEquals(200, first.statusCode(), first.body());
            sessions.add(session);
        }
        List<Thread> users = new ArrayList<>();
        for (WebSession session : sessions) {
            Thread user = new Thread(() -> work(session), "user-" + users.size());
            user.setDaemon(true);
            user.start();
            users.add(user);
        }
        try {
            Thread.sleep(5_000);
            for (int node = 1; node <= 2; node++) {
                int before = requests.get();
                cluster.redeploy(node, cluster.war()); // drain in HAProxy, graceful shutdown, the WAR, start, back in HAProxy
                assertTrue(requests.get() > before, "people kept working while node " + node + " was redeployed");
                Thread.sleep(3_000);
            }
            Thread.sleep(5_000);
        } finally {
            working.set(false); // a failed redeploy must not leave the users loading the next test's cluster
            for (Thread user : users) {
                user.join(60_000);
            }
        }
        System.out.println("Rolling restart: " + requests.get() + " requests, nodes seen " + nodesSeen + ", failures " + failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests.get() + " requests failed:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertEquals(Set.of("n1", "n2"), nodesSeen, "both nodes served the people");
    }

    /** One person: the list, a search on it, again, until the deploy is over. */
    private void work(WebSession session) {
        int round = 0;
        while (working.get()) {
            try {
                HttpResponse<String> page = session.get(cluster.lbUrl() + PAGE);
                if (!check("GET", page, session) || !page.body().contains("jakarta.faces.ViewState")) {
                    continue;
                }
                String viewState = Jsoup.parse(page.body()).select("input[name=jakarta.faces.ViewState]").val();
                String nonce = page.headers().firstValue("Content-Security-Policy").map(NONCE::matcher)
                        .filter(Matcher::find).map(m -> m.group(1)).orElse("");
                for (int i = 0; i < 3 && working.get(); i++) {
                    HttpResponse<String> answer = session.post(cluster.lbUrl() + PAGE, search(viewState, nonce, ++round % 2 == 0 ? "a" : ""));
                    if (check("POST", answer, session)) {
                        Matcher m = VIEW_STATE.matcher(answer.body());
                        if (m.find()) {
                            viewState = m.group(1);
                        }
                    }
                    Thread.sleep(300); // people, not a benchmark: the machine also boots the redeployed node
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                requests.incrementAndGet();
                failures.add(e.toString());
            }
        }
    }

    private static Map<String, String> search(String viewState, String nonce, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "contacts:go");
        fields.put("jakarta.faces.partial.execute", "contacts");
        fields.put("jakarta.faces.partial.render", "contacts:table");
        fields.put("contacts:go", "contacts:go");
        fields.put("contacts", "contacts");
        fields.put("contacts:search", text);
        fields.put("jakarta.faces.ViewState", viewState);
        if (!nonce.isEmpty()) {
            fields.put("primefaces.nonce", nonce);
        }
        return fields;
    }

    /** A request as the person sees it: the page or the partial update, nothing else. */
    private boolean check(String what, HttpResponse<String> answer, WebSession session) {
        requests.incrementAndGet();
        session.cookie("RELANCE_NODE").ifPresent(nodesSeen::add);
        String body = answer.body();
        String problem = answer.statusCode() != 200 ? "status " + answer.statusCode()
                : body.contains("kc-form-login") ? "sent to log in"
                : body.contains("momentanément indisponible") ? "the balancer's page"
                // every page names the error pages in PrimeFaces' settings: what counts is being sent there
                : answer.uri().getPath().startsWith("/error/") || body.contains("<error>") || body.contains("<redirect") ? "an error page"
                : !body.contains("contacts:table") ? "no contacts table"
                : null;
        if (problem != null) {
            failures.add(what + " " + answer.uri() + ": " + problem + "\n" + body.substring(0, Math.min(300, body.length())));
            return false;
        }
        return true;
    }
}
