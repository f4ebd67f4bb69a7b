package io.relance.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The pages people use, as Gatling chains: the login through Keycloak's form, "Ma journée" (the
 * page, a card, an outcome), a chef's bilans and dashboards, an import through the API. Faces AJAX
 * requests are posted as PrimeFaces posts them (partial/ajax, source, execute, render, view state).
 * Each measured request tells {@link Samples} its time and whether it failed; a failure skips the
 * rest of the caller's round (its card or view state is then unknown) and the next round starts
 * from the page.
 */
final class Pages {

    static final String JOURNEE = "journee page";
    static final String CARD = "open card";
    static final String OUTCOME = "outcome";
    static final String LOGIN = "login";
    static final String CAMPAIGNS = "chef: campaigns";
    static final String BILAN = "chef: bilan";
    static final String CAMPAIGN_DASHBOARD = "chef: campaign dashboard";
    static final String IMPORT_UPLOAD = "import: upload (read + plan)";
    static final String IMPORT_STATUS = "import: status";
    static final String IMPORT_TOTAL = "import: total (10,000 rows written)";
    /** The callers' requests, which the budget is about. */
    static final java.util.List<String> CALLER_TYPES = java.util.List.of(JOURNEE, CARD, OUTCOME);

    static final String TODAY = "/app/journee/today.xhtml";
    static final String CAMPAIGN_LIST = "/app/campagnes/list.xhtml";
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    /** An open call of the queue, in the page or in a partial response: its task, which the queue's command sends. */
    private static final String OPEN_CALL = "<a href=\"#\" data-task=\"(\\d+)\"\\s+class=\"call\\b[^\"]*\\bopen\\b";
    /** The queue's one command (a PrimeFaces remoteCommand): a click on a call sends the call's task with it. */
    private static final String SELECT_CALL = "queue:select";
    /** The "pas de réponse" button of an open card (a closed card's button is disabled). */
    private static final String NO_ANSWER = "<button id=\"(card:[^\"]+)\"[^>]*outcome-NO_ANSWER\"(?![^>]*disabled)";
    /**
     * The page's CSP nonce: PrimeFaces' script sends it back with every AJAX request
     * ({@code primefaces.nonce}) and the server refuses a request without it (CspException).
     */
    private static final String NONCE = "(?:PrimeFaces\\.csp\\.init\\('|nonce=\")([^'\"]+)";
    private static final String PARTIAL_VIEW_STATE = "ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)\\]\\]>";

    private Pages() {
    }

    /** Logs in through Keycloak's form, starting from a protected page; ends on that page. */
    static ChainBuilder login(String page, String mark) {
        return exec(http("login: page → Keycloak").get(page).header("X-Load", LOGIN)
                .check(css("#kc-form-login", "action").saveAs("loginAction")))
                .exitHereIfFailed()
                .exec(timed(LOGIN, post(LOGIN, "#{loginAction}")
                        .formParam("username", "#{user}").formParam("password", "#{password}").formParam("credentialId", "")
                        .check(substring(mark))))
                .exitHereIf(session -> !ok(session));
    }

    /** One round of a caller: the page, a card (one of its open calls), an outcome; people pause between actions. */
    static ChainBuilder callerRound(Duration minPause, Duration maxPause) {
        return exec(session -> session.remove("broken"))
                .exec(timed(JOURNEE, get(JOURNEE, TODAY)
                        .check(substring("id=\"journee\""))
                        .check(css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState"))
                        .check(regex(NONCE).saveAs("nonce"))
                        .check(regex(OPEN_CALL).findRandom().optional().saveAs("call"))))
                // no open call left today: a caller without pauses has finished its day
                .exec(session -> ok(session) && !session.contains("call") ? session.set("more", false) : session)
                .doIf(session -> ok(session) && session.contains("call")).then(
                        think(minPause, maxPause)
                                .exec(timed(CARD, ajax(CARD, "queue", SELECT_CALL, "journee").formParam("task", "#{call}")
                                        .check(regex(NO_ANSWER).optional().saveAs("outcome"))))
                                .doIf(session -> ok(session) && session.contains("outcome")).then(
                                        think(minPause, maxPause)
                                                .exec(timed(OUTCOME, ajax(OUTCOME, "card", "#{outcome}", "journee messages")
                                                        .check(substring("ui-messages-error").notExists())))))
                .exec(session -> session.remove("call").remove("outcome"))
                .exec(think(minPause, maxPause));
    }

    /** A chef's reading: the campaigns, then each running campaign's bilan and dashboard. */
    static ChainBuilder chefRound(Duration minPause, Duration maxPause) {
        ChainBuilder round = exec(timed(CAMPAIGNS, get(CAMPAIGNS, CAMPAIGN_LIST)
                .check(substring("Lancement 2"))));
        for (String campaign : new String[]{"#{campaign1}", "#{campaign2}"}) {
            round = round.pause(minPause, maxPause)
                    .exec(timed(BILAN, get(BILAN, "/app/campagnes/bilan.xhtml?id=" + campaign)
                            .check(substring("Lancement"))))
                    .pause(minPause, maxPause)
                    .exec(timed(CAMPAIGN_DASHBOARD, get(CAMPAIGN_DASHBOARD, "/app/campagnes/dashboard.xhtml?id=" + campaign).check(substring("Lancement"))));
        }
        return round.pause(minPause, maxPause);
    }

    /**
     * An import of a 10,000-line file through the API (a directeur's token from Keycloak's password
     * grant), then its status every second until the background write ends.
     */
    static ChainBuilder importing(String keycloakUrl, byte[] file) {
        return exec(http("import: token").post(keycloakUrl + "/realms/relance/protocol/openid-connect/token")
                .formParam("grant_type", "password").formParam("client_id", "relance-app")
                .formParam("client_secret", "relance-dev-secret").formParam("username", "#{user}").formParam("password", "#{password}")
                .check(jsonPath("$.access_token").saveAs("token")))
                .exitHereIfFailed()
                .exec(session -> session.set("importStart", System.currentTimeMillis()))
                .exec(timed(IMPORT_UPLOAD, post(IMPORT_UPLOAD, "/api/imports?target=CONTACTS")
                        .header("Authorization", "Bearer #{token}").header("Content-Type", "application/octet-stream")
                        .header("X-File-Name", "presse.csv").header("Accept", "application/json")
                        .body(ByteArrayBody(file)).check(status().is(202)).check(jsonPath("$.id").saveAs("importId"))))
                .exitHereIf(session -> !ok(session))
                .exec(session -> session.set("importStatus", "RUNNING"))
                .asLongAs(session -> "RUNNING".equals(session.getString("importStatus")) && ok(session)).on(
                        pause(Duration.ofSeconds(1))
                                .exec(timed(IMPORT_STATUS, get(IMPORT_STATUS, "/api/imports/#{importId}")
                                        .header("Authorization", "Bearer #{token}").header("Accept", "application/json")
                                        .check(jsonPath("$.status").saveAs("importStatus")))))
                .exec(session -> {
                    boolean done = "DONE".equals(session.getString("importStatus"));
                    Samples.record(IMPORT_TOTAL, System.currentTimeMillis() - session.getLong("importStart"), !done);
                    return session;
                });
    }

    /** A PrimeFaces AJAX click on command {@code source} (an id, or a session attribute as #{name}) of form {@code form}. */
    private static HttpRequestActionBuilder ajax(String name, String form, String source, String render) {
        return post(name, TODAY).header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true").formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", source).formParam("jakarta.faces.partial.render", render)
                .formParam(source, source).formParam(form, form).formParam(VIEW_STATE, "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(regex("<error-message><!\\[CDATA\\[([^\\]]{0,300})")
                        .optional().saveAs("facesError"))
                .check(substring("<partial-response"))
                .check(substring("<error>").notExists())
                .check(regex(PARTIAL_VIEW_STATE).optional().saveAs("viewState"));
    }

    /**
     * A measured request: its type in the X-Load header (the nodes' access logs name it so), its time
     * and its body kept for {@link #timed} (checks run in order and stop at the first that fails).
     */
    private static HttpRequestActionBuilder get(String name, String url) {
        return measured(http(name).get(url), name);
    }

    private static HttpRequestActionBuilder post(String name, String url) {
        return measured(http(name).post(url), name);
    }

    private static HttpRequestActionBuilder measured(HttpRequestActionBuilder request, String name) {
        return request.header("X-Load", name).check(responseTimeInMillis().saveAs("rt"), bodyString().saveAs("body"));
    }

    /**
     * The request, then its time and verdict to {@link Samples}; a failed one marks the round broken
     * (and the session is made healthy again, so that the virtual user goes on with the next round).
     */
    static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(session -> session.remove("rt").remove("facesError").remove("body"))
                .exec(request)
                .exec(session -> {
                    boolean failed = session.isFailed() || !session.contains("rt");
                    if (ok(session)) {
                        Samples.record(name, session.contains("rt") ? session.getInt("rt") : -1, failed);
                        if (failed) {
                            Samples.error(name, session.contains("facesError") ? session.getString("facesError") : "see its response",
                                    session.contains("body") ? session.getString("body") : "");
                        }
                    }
                    session = session.remove("body");
                    return failed ? session.set("broken", true).markAsSucceeded() : session;
                });
    }

    /** People's pause between two actions; none for the saturation run. */
    private static ChainBuilder think(Duration min, Duration max) {
        return max.isZero() ? exec(session -> session) : pause(min, max);
    }

    static boolean ok(Session session) {
        return !session.contains("broken");
    }
}
