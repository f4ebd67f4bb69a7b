package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new agency (signed up through the real form) manages its team: invite, change a role, disable —
 * checked in the app and in Keycloak. Other roles are refused; another agency's ids answer 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamManagementIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void theSignupFormNamesEveryMissingFieldThenCreatesTheAgency() throws Exception {
        WebSession browser = new WebSession();
        HttpResponse<String> form = browser.get(appUrl() + "/signup.xhtml");
        HttpResponse<String> refused = browser.submit(form, "signup", "signup:submit", Map.of());
        String text = WebSession.text(refused);
        assertEquals(6, text.split("Ce champ est obligatoire", -1).length - 1, text);
        assertFalse(text.contains("Demande reçue"));

        String slug = "form-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> done = browser.submit(refused, "signup", "signup:submit", Map.of(
                "signup:agencyName", "Agence Formulaire", "signup:slug", slug, "signup:firstName", "Zoé",
                "signup:lastName", "Blanc", "signup:email", "zoe@" + slug + ".fr", "signup:password", "Formulaire2026"));
        assertTrue(WebSession.text(done).contains("Demande reçue"), WebSession.text(done));
        HttpResponse<String> team = browser.login(appUrl() + "/app/home", "zoe@" + slug + ".fr", "Formulaire2026");
        assertTrue(team.uri().getPath().endsWith("/app/agence/team.xhtml"), team.uri().toString());
        assertTrue(WebSession.text(team).contains("Agence Formulaire"));
    }

    @Test
    void theDirecteurInvitesChangesARoleAndDisablesAMember() throws Exception {
        String slug = "equipe-" + UUID.randomUUID().toString().substring(0, 6);
        String director = signUp(slug);
        String token = Tokens.accessToken(director, "Equipe2026x");
        String chefEmail = "chef@" + slug + ".fr";

        HttpResponse<String> invited = Tokens.postJson("/api/team", token,
                "{\"firstName\":\"Paul\",\"lastName\":\"Morel\",\"email\":\"" + chefEmail + "\",\"role\":\"CHEF_DE_PROJET\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        assertTrue(invited.body().contains("temporaryPassword"), invited.body());
        long chef = id(invited.body());

        try (KeycloakAdmin keycloak = new KeycloakAdmin()) {
            assertTrue(keycloak.realmRoles(chefEmail).contains("chef-de-projet"));
            assertEquals(slug, keycloak.user(chefEmail).getAttributes().get("tenant").get(0));

            HttpResponse<String> changed = Tokens.put("/api/team/" + chef + "/role", token, "stagiaire");
            assertEquals(200, changed.statusCode(), changed.body());
            assertTrue(changed.body().contains("\"STAGIAIRE\""), changed.body());
            assertTrue(keycloak.realmRoles(chefEmail).contains("stagiaire"));
            assertFalse(keycloak.realmRoles(chefEmail).contains("chef-de-projet"));

            HttpResponse<String> disabled = Tokens.put("/api/team/" + chef + "/enabled", token, "false");
            assertEquals(200, disabled.statusCode(), disabled.body());
            assertTrue(disabled.body().contains("\"enabled\":false"), disabled.body());
            assertFalse(keycloak.user(chefEmail).isEnabled(), "the account can no longer log in");
        }

        HttpResponse<String> duplicate = Tokens.postJson("/api/team", token,
                "{\"firstName\":\"Paul\",\"lastName\":\"Morel\",\"email\":\"" + chefEmail + "\",\"role\":\"STAGIAIRE\"}");
        assertEquals(409, duplicate.statusCode());
        assertTrue(duplicate.body().contains("team.email.taken"), duplicate.body());

        HttpResponse<String> selfDisable = Tokens.put("/api/team/" + ownId(token, director) + "/enabled", token, "false");
        assertEquals(409, selfDisable.statusCode(), "a directeur cannot disable their own account");
        assertTrue(selfDisable.body().contains("team.self"), selfDisable.body());
    }

    @Test
    void otherRolesCannotManageTheTeam() throws Exception {
        for (String user : new String[]{"stagiaire@agence-demo.fr", "chef@agence-demo.fr"}) {
            String token = Tokens.accessToken(user, RoleAccessIT.PASSWORD);
            assertEquals(403, Tokens.put("/api/team/1/role", token, "directeur").statusCode(), user);
            assertEquals(403, Tokens.postJson("/api/team", token,
                    "{\"firstName\":\"X\",\"lastName\":\"Y\",\"email\":\"x@y.fr\",\"role\":\"DIRECTEUR\"}").statusCode(), user);
        }
    }

    @Test
    void anotherAgencysMemberIdAnswers404() throws Exception {
        String slug = "autre-" + UUID.randomUUID().toString().substring(0, 6);
        String director = signUp(slug);
        long foreign = ownId(Tokens.accessToken(director, "Equipe2026x"), director);

        String demo = Tokens.accessToken("directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(404, Tokens.get("/api/team/" + foreign, demo).statusCode());
        assertEquals(404, Tokens.put("/api/team/" + foreign + "/role", demo, "stagiaire").statusCode());
        assertEquals(404, Tokens.put("/api/team/" + foreign + "/enabled", demo, "false").statusCode());

        WebSession browser = new WebSession();
        browser.login(appUrl() + "/app/home", "directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(404, browser.get(appUrl() + "/app/agence/member.xhtml?id=" + foreign).statusCode());
        long own = ownId(demo, "stagiaire@agence-demo.fr");
        HttpResponse<String> ownPage = browser.get(appUrl() + "/app/agence/member.xhtml?id=" + own);
        assertEquals(200, ownPage.statusCode());
        assertTrue(WebSession.text(ownPage).contains("Léa Petit"));
        assertTrue(Tokens.get("/api/team/" + foreign, Tokens.accessToken(director, "Equipe2026x")).body().contains(director),
                "the other agency still sees its own member");
    }

    private static String signUp(String slug) throws Exception {
        return Agencies.signUp(slug, "Equipe2026x");
    }

    /** The id of the member with this email in the token's own team. */
    private static long ownId(String token, String email) throws Exception {
        String body = Tokens.get("/api/team", token).body();
        int at = body.indexOf("\"email\":\"" + email + "\"");
        assertTrue(at > 0, body);
        return id(body.substring(body.lastIndexOf("{", at)));
    }

    private static long id(String json) {
        return Agencies.id(json);
    }
}
