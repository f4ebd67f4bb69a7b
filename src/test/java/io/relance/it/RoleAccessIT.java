package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each demo role logs in through Keycloak's login page, lands on its own screen, sees only its menu
 * entries, and gets 403 on the other areas — in the browser flow and with a bearer token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleAccessIT {

    static final String PASSWORD = "demo-password-1";
    static final String JOURNEE = "/app/journee/today.xhtml";
    static final String CAMPAGNES = "/app/campagnes/list.xhtml";
    static final String AGENCE = "/app/agence/team.xhtml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void stagiaireLandsOnMaJourneeAndIsRefusedTheRest() throws Exception {
        WebSession browser = new WebSession();
        HttpResponse<String> home = browser.login(appUrl() + "/app/home", "stagiaire@agence-demo.fr", PASSWORD);
        assertLandedOn(home, JOURNEE, "Ma journée");
        Document page = Jsoup.parse(home.body());
        assertNotNull(page.getElementById("nav-journee"));
        assertNull(page.getElementById("nav-campagnes"), "a stagiaire has no Campagnes menu");
        assertNull(page.getElementById("nav-agence"), "a stagiaire has no Agence menu");
        assertEquals(403, browser.get(appUrl() + CAMPAGNES).statusCode());
        assertEquals(403, browser.get(appUrl() + AGENCE).statusCode());
    }

    @Test
    void chefDeProjetLandsOnCampagnesAndIsRefusedAgence() throws Exception {
        WebSession browser = new WebSession();
        HttpResponse<String> home = browser.login(appUrl() + "/app/home", "chef@agence-demo.fr", PASSWORD);
        assertLandedOn(home, CAMPAGNES, "Nouvelle campagne");
        Document page = Jsoup.parse(home.body());
        assertNotNull(page.getElementById("nav-journee"));
        assertNotNull(page.getElementById("nav-campagnes"));
        assertNull(page.getElementById("nav-agence"), "a chef de projet has no Agence menu");
        assertEquals(200, browser.get(appUrl() + JOURNEE).statusCode());
        assertEquals(403, browser.get(appUrl() + AGENCE).statusCode());
    }

    @Test
    void directeurLandsOnAgenceWithTheTeam() throws Exception {
        WebSession browser = new WebSession();
        HttpResponse<String> home = browser.login(appUrl() + "/app/home", "directeur@agence-demo.fr", PASSWORD);
        assertLandedOn(home, AGENCE, "L'équipe");
        String text = WebSession.text(home);
        assertTrue(text.contains("Agence Démo"), "the header shows the agency's name");
        assertTrue(text.contains("Léa Petit") && text.contains("Julien Bernard") && text.contains("Claire Martin"),
                "the team list shows the demo staff: " + text);
        assertEquals(200, browser.get(appUrl() + CAMPAGNES).statusCode());
        assertEquals(200, browser.get(appUrl() + JOURNEE).statusCode());
    }

    @Test
    void clientViewerIsRefusedStaffAreas() throws Exception {
        WebSession browser = new WebSession();
        HttpResponse<String> home = browser.login(appUrl() + "/app/home", "client@agence-demo.fr", PASSWORD);
        assertLandedOn(home, "/app/client/home.xhtml", "Mes campagnes");
        assertEquals(403, browser.get(appUrl() + JOURNEE).statusCode());
        assertEquals(403, browser.get(appUrl() + CAMPAGNES).statusCode());
        assertEquals(403, browser.get(appUrl() + AGENCE).statusCode());
    }

    @Test
    void logoutEndsTheSessionAtKeycloakToo() throws Exception {
        WebSession browser = new WebSession();
        browser.login(appUrl() + "/app/home", "chef@agence-demo.fr", PASSWORD);
        HttpResponse<String> aLink = browser.get(appUrl() + "/logout");
        assertEquals(200, browser.get(appUrl() + CAMPAGNES).statusCode(), "a GET (a link on any site) logs nobody out");
        HttpResponse<String> afterLogout = browser.post(appUrl() + "/logout", java.util.Map.of());
        assertEquals(appUrl() + "/", aLink.uri().toString());
        assertEquals(appUrl() + "/", afterLogout.uri().toString(), "back on the landing page");
        assertTrue(WebSession.text(afterLogout).contains("Créer mon agence"));
        HttpResponse<String> again = browser.get(appUrl() + CAMPAGNES);
        assertTrue(again.uri().toString().startsWith(Deployments.keycloakUrl()),
                "a protected page asks to log in again, got " + again.uri());
    }

    @Test
    void bearerTokensGetTheSameRoleRules() throws Exception {
        String stagiaire = Tokens.accessToken("stagiaire@agence-demo.fr", PASSWORD);
        HttpResponse<String> me = Tokens.get("/api/me", stagiaire);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"agency\":\"agence-demo\""), me.body());
        assertTrue(me.body().contains("\"stagiaire\""), me.body());
        assertEquals(403, Tokens.get("/api/team", stagiaire).statusCode());

        String chef = Tokens.accessToken("chef@agence-demo.fr", PASSWORD);
        assertEquals(403, Tokens.get("/api/team", chef).statusCode());

        String directeur = Tokens.accessToken("directeur@agence-demo.fr", PASSWORD);
        HttpResponse<String> team = Tokens.get("/api/team", directeur);
        assertEquals(200, team.statusCode(), team.body());
        assertTrue(team.body().contains("stagiaire@agence-demo.fr"), team.body());
    }

    @Test
    void theLandingPageIsPublic() throws Exception {
        HttpResponse<String> landing = new WebSession().get(appUrl() + "/");
        assertEquals(200, landing.statusCode());
        String text = WebSession.text(landing);
        assertTrue(text.contains("Créer mon agence") && text.contains("Se connecter"), text);
        assertFalse(landing.uri().toString().startsWith(Deployments.keycloakUrl()));
    }

    static void assertLandedOn(HttpResponse<String> page, String path, String expectedText) {
        assertEquals(200, page.statusCode(), page.uri() + "\n" + page.body());
        assertTrue(page.uri().getPath().endsWith(path), "landed on " + page.uri() + ", expected " + path);
        assertTrue(WebSession.text(page).contains(expectedText), WebSession.text(page));
    }
}
