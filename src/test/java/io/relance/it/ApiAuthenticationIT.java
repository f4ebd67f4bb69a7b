package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API trusts a bearer token only, and only from someone the agency still has (issue 16 §1, §8,
 * §11): a page of another site that makes a logged-in browser post to the API changes nothing; a
 * call without a token gets a JSON 401, not the login page; an account Keycloak has but the agency
 * does not (an orphan), a disabled member and a demoted directeur are refused at once — and one
 * agency's revocation leaves every other agency's tokens alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAuthenticationIT {

    private static final String PASSWORD = "Securite2026x";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aCrossSiteFormOrNoCorsFetchRidingTheSessionChangesNothing() throws Exception {
        String slug = Agencies.slug("csrf");
        String director = Agencies.signUp(slug, PASSWORD);
        String token = Tokens.accessToken(director, PASSWORD);
        long contact = Agencies.id(Tokens.postJson("/api/contacts", token, "{\"lastName\":\"Cible\",\"mobile\":\"06 12 34 56 78\"}").body());

        WebSession browser = new WebSession();
        browser.login(appUrl() + "/app/home", director, PASSWORD);
        // what <form method=post action=".../erase"> on another site sends: the cookie, a form body
        HttpResponse<String> form = browser.post(appUrl() + "/api/contacts/" + contact + "/erase", Map.of("x", "1"));
        assertEquals(401, form.statusCode(), form.body());
        // what fetch(url, {method:'POST', mode:'no-cors', credentials:'include'}) sends: the cookie, no body
        HttpResponse<String> fetch = browser.post(appUrl() + "/api/contacts/" + contact + "/erase", Map.of());
        assertEquals(401, fetch.statusCode(), fetch.body());
        String card = Tokens.get("/api/contacts/" + contact, token).body();
        assertTrue(card.contains("Cible"), "the person is still there, not erased: " + card);
        assertEquals(200, browser.get(appUrl() + "/app/contacts/list.xhtml").statusCode(), "the pages keep their session");
    }

    @Test
    void withoutABearerTokenTheApiAnswersJson401NotTheLoginPage() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : new String[]{"/api/me", "/api/contacts", "/api/campaigns/1/launch"}) {
            HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create(appUrl() + path))
                    .header("Accept-Language", "fr-FR").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, r.statusCode(), path + " " + r.headers().map());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertTrue(r.body().contains("\"error\":\"unauthorized\"") && r.body().contains("Authorization: Bearer"), r.body());
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
        }
        HttpResponse<String> english = plain.send(HttpRequest.newBuilder(URI.create(appUrl() + "/api/me"))
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(english.body().contains("Authentication required"), english.body());
        HttpResponse<String> forged = plain.send(HttpRequest.newBuilder(URI.create(appUrl() + "/api/me"))
                .header("Authorization", "Bearer not-a-token").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, forged.statusCode(), "a forged token is refused too");

        HttpResponse<String> page = plain.send(HttpRequest.newBuilder(URI.create(appUrl() + "/app/home")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, page.statusCode(), "pages still send people to the login page");
        assertFalse(page.headers().allValues("Set-Cookie").isEmpty(), "the login's state cookie");
        page.headers().allValues("Set-Cookie").forEach(c -> assertTrue(c.contains("SameSite=Lax"), c));
        HttpResponse<String> form = plain.send(HttpRequest.newBuilder(URI.create(appUrl() + "/signup.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String session = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + form.headers().map()));
        assertTrue(session.contains("SameSite=Lax") && session.contains("HttpOnly"), session);
    }

    @Test
    void aTokenIssuedToAnotherClientOfTheRealmIsRefused() throws Exception {
        HttpResponse<String> other = Tokens.grant("admin-cli", "directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(200, Tokens.get("/api/me", Tokens.accessToken("directeur@agence-demo.fr", RoleAccessIT.PASSWORD)).statusCode());
        assertEquals(401, Tokens.get("/api/me", Tokens.token(other)).statusCode(), "its audience is not relance-app");
    }

    @Test
    void guessingAPasswordLocksTheAccountForAWhile() throws Exception {
        String director = Agencies.signUp(Agencies.slug("brute"), PASSWORD);
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> wrong = Tokens.grant("relance-app", director, "Devine" + i + "2026x");
            assertEquals(400, wrong.statusCode(), wrong.body());
            assertTrue(wrong.body().contains("invalid_grant"), wrong.body());
        }
        HttpResponse<String> right = Tokens.grant("relance-app", director, PASSWORD);
        assertEquals(400, right.statusCode(), "after six wrong guesses even the right password waits: " + right.body());
    }

    @Test
    void anAccountTheAgencyDoesNotKnowIsRefused() throws Exception {
        String slug = Agencies.slug("orphan");
        String director = Agencies.signUp(slug, PASSWORD);
        String orphan = "orphelin@" + slug + ".fr";
        try (KeycloakAdmin keycloak = new KeycloakAdmin()) {
            keycloak.createOrphan(orphan, PASSWORD, slug, "directeur");
        }
        HttpResponse<String> refused = Tokens.get("/api/team", Tokens.accessToken(orphan, PASSWORD));
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("not_a_member"), refused.body());
        WebSession browser = new WebSession();
        assertEquals(403, browser.login(appUrl() + "/app/home", orphan, PASSWORD).statusCode(), "and its pages too");
        assertEquals(200, Tokens.get("/api/team", Tokens.accessToken(director, PASSWORD)).statusCode(), "the real directeur is in");
    }

    @Test
    void aDisabledOrDemotedMemberLosesAccessAtOnceAndNobodyElseDoes() throws Exception {
        String demo = Tokens.accessToken("directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        String slug = Agencies.slug("revoke");
        String director = Agencies.signUp(slug, PASSWORD);
        String directorToken = Tokens.accessToken(director, PASSWORD);
        String chefEmail = "chef@" + slug + ".fr";
        long chef = Agencies.id(Tokens.postJson("/api/team", directorToken,
                "{\"firstName\":\"Paul\",\"lastName\":\"Morel\",\"email\":\"" + chefEmail + "\",\"role\":\"DIRECTEUR\"}").body());
        try (KeycloakAdmin keycloak = new KeycloakAdmin()) {
            keycloak.setPassword(chefEmail, PASSWORD);
        }
        String before = Tokens.accessToken(chefEmail, PASSWORD);
        assertEquals(200, Tokens.get("/api/team", before).statusCode());

        assertEquals(200, Tokens.put("/api/team/" + chef + "/role", directorToken, "stagiaire").statusCode());
        assertEquals(403, Tokens.get("/api/me", before).statusCode(), "a demoted directeur's token no longer speaks for them");

        String stagiaire = Tokens.accessToken(chefEmail, PASSWORD);
        assertEquals(200, Tokens.get("/api/me", stagiaire).statusCode(), "a fresh token with the new role is fine");
        assertEquals(200, Tokens.put("/api/team/" + chef + "/enabled", directorToken, "false").statusCode());
        assertEquals(403, Tokens.get("/api/me", stagiaire).statusCode(), "disabled: refused at once");
        assertEquals(200, Tokens.put("/api/team/" + chef + "/enabled", directorToken, "true").statusCode());
        assertEquals(403, Tokens.get("/api/me", stagiaire).statusCode(), "a token issued before the revocation stays revoked");

        // tokens carry their issue time to the second: one issued in the second of the revocation is
        // refused too, so the member's new login comes a second later
        Thread.sleep(1100);
        // logging in again through the pages hands the app Keycloak's token response for this member
        WebSession browser = new WebSession();
        HttpResponse<String> back = browser.login(appUrl() + "/app/home", chefEmail, PASSWORD);
        assertEquals(200, back.statusCode(), "re-enabled, the member logs in again");
        assertEquals(200, Tokens.get("/api/me", Tokens.accessToken(chefEmail, PASSWORD)).statusCode());
        assertEquals(200, Tokens.get("/api/me", demo).statusCode(), "another agency's token issued before is untouched");
        assertEquals(200, Tokens.get("/api/me", directorToken).statusCode(), "and so is the directeur's own");
        assertFalse(Tokens.get("/api/me", demo).body().contains(slug));
    }
}
