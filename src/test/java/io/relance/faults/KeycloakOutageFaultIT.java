package io.relance.faults;

import io.relance.it.KeycloakAdmin;
import io.relance.it.Tokens;
import io.relance.it.WebSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak stops for less than an access token's life (300 s in the realm). People already logged
 * in keep working, pages and API alike; "Se connecter" says logging in is not possible instead of
 * leading into the browser's own error; a sign-up and an invitation are refused with "rien n'a été
 * créé", and indeed nothing is (no agency, no member, no Keycloak account once it is back);
 * readiness is DOWN then UP by itself, liveness never moves.
 */
class KeycloakOutageFaultIT extends ClusterFault {

    private static final String PASSWORD = "demo-password-1";
    private static final String TEAM = "/app/agence/team.xhtml";

    private final Probes probes = new Probes(cluster);


    private String logSince(int node, long mark) {
        try {
            return probes.logSince(node, mark);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void loggedInPeopleKeepWorkingAndNothingIsHalfCreated() throws Exception {
        WebSession directeur = new WebSession();
        assertEquals(200, directeur.login(cluster.lbUrl() + TEAM, "directeur@agence-demo.fr", PASSWORD).statusCode());
        String token = Tokens.accessToken("directeur@agence-demo.fr", PASSWORD);
        String suffix = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        String slug = "panne-" + suffix;
        String founder = "fondatrice-" + suffix + "@exemple.fr";
        String invited = "invite-" + suffix + "@agence-demo.fr";
        // Node 2 starts afresh and sees no token before the outage (as after a deploy): it must have
        // fetched the realm's keys by itself, or it refuses every API token while Keycloak is down.
        long mark = probes.logMark(2);
        cluster.drainAndStopNode(2);
        cluster.startNode(2);
        assertTrue(Probes.within(Duration.ofSeconds(60), () -> logSince(2, mark).contains("signing keys are loaded")),
                "node 2 loads the realm's keys on its own once started");
        WebSession founderBrowser = new WebSession();
        HttpResponse<String> signupForm = founderBrowser.get(cluster.lbUrl() + "/signup.xhtml");
        assertEquals(200, signupForm.statusCode());

        cluster.stopKeycloak();
        long stopped = System.nanoTime();
        try {
            for (int node = 1; node <= 2; node++) {
                int n = node;
                assertTrue(Probes.within(Duration.ofSeconds(20), () -> probes.readiness(n).statusCode() == 503),
                        "node " + n + " not ready without Keycloak: " + probes.readiness(n).body());
                assertTrue(probes.readiness(n).body().contains("\"keycloak\""));
                assertEquals(200, probes.liveness(n).statusCode(), "node " + n + " stays live");
            }

            HttpResponse<String> team = directeur.get(cluster.lbUrl() + TEAM);
            assertEquals(200, team.statusCode(), "the logged-in directeur keeps working: " + team.body());
            assertTrue(team.uri().getPath().endsWith(TEAM), "no detour to a login: " + team.uri());
            assertEquals(200, directeur.get(cluster.lbUrl() + "/app/contacts/list.xhtml").statusCode());
            assertEquals(200, Tokens.get("/api/team", token).statusCode(), "a token already issued still opens the API");
            for (int node = 1; node <= 2; node++) {
                HttpResponse<String> api = Tokens.get(cluster.nodeUrl(node), "/api/team", token);
                assertEquals(200, api.statusCode(), "node " + node + " verifies the token without Keycloak: " + api.body());
            }

            WebSession newcomer = new WebSession();
            HttpResponse<String> landing = newcomer.get(cluster.lbUrl() + "/");
            assertTrue(landing.body().contains("href=\"/connexion\""), "the landing page's login goes through the check");
            HttpResponse<String> login = newcomer.get(cluster.lbUrl() + "/connexion");
            assertEquals(503, login.statusCode(), login.body());
            assertTrue(login.body().contains("Connexion momentanément impossible"), login.body());
            DatabaseOutageFaultIT.assertNoJava(login);
            HttpResponse<String> bookmark = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(cluster.lbUrl() + "/app/contacts/list.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, bookmark.statusCode());
            assertEquals("/connexion", bookmark.headers().firstValue("Location").orElse(""),
                    "a bookmark opened without a session leads to the clear page, not to a Keycloak that does not answer");

            HttpResponse<String> signup = founderBrowser.submit(signupForm, "signup", "signup:submit", Map.of(
                    "signup:agencyName", "Agence " + slug, "signup:slug", slug, "signup:firstName", "Dana",
                    "signup:lastName", "Vidal", "signup:email", founder, "signup:password", "Formulaire2026"));
            assertTrue(WebSession.text(signup).contains("Le service de connexion ne répond pas. Rien n'a été créé"),
                    "the sign-up says why and that nothing was made: " + WebSession.text(signup));

            HttpResponse<String> invitation = Tokens.postJson("/api/team", token, "{\"firstName\":\"Inès\",\"lastName\":\"Panne\","
                    + "\"email\":\"" + invited + "\",\"role\":\"STAGIAIRE\"}");
            assertNotEquals(201, invitation.statusCode(), invitation.body());
            assertNotEquals(200, invitation.statusCode(), invitation.body());
            assertTrue(invitation.body().contains("identity.unavailable"), invitation.body());

            assertEquals(0, probes.number("SELECT COUNT(*) FROM agency WHERE id = ?", slug), "no agency half-created");
            assertEquals(0, probes.number("SELECT COUNT(*) FROM staff_member WHERE email IN (?, ?)", founder, invited),
                    "no member half-created");
            assertTrue(Duration.ofNanos(System.nanoTime() - stopped).toSeconds() < 240,
                    "the outage stayed shorter than an access token's life (300 s)");
        } finally {
            cluster.startKeycloak();
        }

        for (int node = 1; node <= 2; node++) {
            int n = node;
            assertTrue(Probes.within(Duration.ofSeconds(60), () -> probes.readiness(n).statusCode() == 200),
                    "node " + n + " ready again by itself: " + probes.readiness(n).body());
        }
        try (KeycloakAdmin admin = new KeycloakAdmin()) {
            for (String email : new String[]{founder, invited}) {
                AssertionError none = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> admin.user(email),
                        "no Keycloak account left for " + email);
                assertNotNull(none);
            }
        }
        assertEquals(200, directeur.get(cluster.lbUrl() + TEAM).statusCode(), "still logged in afterwards");
        HttpResponse<String> login = new WebSession().get(cluster.lbUrl() + "/connexion");
        assertEquals(200, login.statusCode());
        assertNotNull(org.jsoup.Jsoup.parse(login.body()).getElementById("kc-form-login"),
                "once Keycloak answers, the login link leads to its form: " + login.uri());
        assertNull(org.jsoup.Jsoup.parse(login.body()).getElementById("error-login"));
        assertTrue(login.uri().toString().toLowerCase(Locale.ROOT).contains("/realms/relance/"), login.uri().toString());
    }
}
