package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static io.relance.it.Agencies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage through the API: recorded with the journalist's outlet taken over, validated field by
 * field, corrected, removed; another agency's campaign, piece, outlet or journalist answers 404, and
 * a stagiaire may not record any.
 */
@ExtendWith(ArquillianExtension.class)
class CoverageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void anAgencyRecordsItsCoverageAndNoOtherAgencyReachesIt() throws Exception {
        String owner = ContactsIT.newAgency("couverture");
        long journalist = id(Tokens.postJson("/api/contacts", owner, "{\"firstName\":\"Anne\",\"lastName\":\"Plume\","
                + "\"outletName\":\"Le Quotidien du Fleuve\",\"email\":\"anne@fleuve.example\"}").body());
        long client = id(Tokens.postJson("/api/clients", owner, "{\"name\":\"Marque couverte\"}").body());
        HttpResponse<String> created = Tokens.postJson("/api/campaigns", owner, "{\"clientId\":" + client
                + ",\"kind\":\"PRESS_RELEASE\",\"subject\":\"Lancement\",\"sendDate\":\"" + LocalDate.now() + "\"}");
        long campaign = id(created.body());
        String path = "/api/campaigns/" + campaign + "/coverage";

        HttpResponse<String> refused = Tokens.postJson(path, owner, "{\"title\":\" \",\"publishedOn\":\""
                + LocalDate.now().plusDays(3) + "\",\"url\":\"fleuve.example/article\",\"audience\":-5}");
        assertEquals(422, refused.statusCode(), refused.body());
        for (String key : new String[]{"coverage.title.required", "coverage.date.future", "coverage.url.invalid",
                "coverage.kind.required", "coverage.audience.negative"}) {
            assertTrue(refused.body().contains(key), key + " in " + refused.body());
        }

        HttpResponse<String> added = Tokens.postJson(path, owner, "{\"title\":\"Le fleuve s'illumine\",\"publishedOn\":\""
                + LocalDate.now().minusDays(1) + "\",\"url\":\"https://fleuve.example/a/1\",\"kind\":\"ARTICLE\",\"audience\":52000,"
                + "\"contactId\":" + journalist + "}");
        assertEquals(201, added.statusCode(), added.body());
        long piece = id(added.body());
        String list = Tokens.get(path, owner).body();
        assertTrue(list.contains("Le Quotidien du Fleuve") && list.contains("Anne Plume") && list.contains("\"tone\":\"NEUTRAL\""),
                "the journalist's outlet is taken over, the tone is neutral by default: " + list);
        assertFalse(list.contains("anne@fleuve.example"), "a piece never carries the journalist's email");

        assertEquals(204, Tokens.putJson("/api/coverage/" + piece, owner, "{\"title\":\"Le fleuve s'illumine (corrigé)\",\"publishedOn\":\""
                + LocalDate.now().minusDays(1) + "\",\"kind\":\"INTERVIEW\",\"tone\":\"POSITIVE\"}").statusCode());
        assertTrue(Tokens.get(path, owner).body().contains("(corrigé)"));

        String other = ContactsIT.newAgency("voisine");
        long otherCampaign = id(Tokens.postJson("/api/campaigns", other, "{\"clientId\":" + id(Tokens.postJson("/api/clients", other,
                "{\"name\":\"Voisine\"}").body()) + ",\"kind\":\"PRESS_RELEASE\",\"subject\":\"Voisine\",\"sendDate\":\"" + LocalDate.now()
                + "\"}").body());
        assertEquals(404, Tokens.get(path, other).statusCode(), "another agency's campaign");
        assertEquals(404, Tokens.postJson(path, other, "{\"title\":\"Volée\",\"publishedOn\":\"" + LocalDate.now()
                + "\",\"kind\":\"ARTICLE\"}").statusCode());
        assertEquals(404, Tokens.putJson("/api/coverage/" + piece, other, "{\"title\":\"Volée\",\"publishedOn\":\"" + LocalDate.now()
                + "\",\"kind\":\"ARTICLE\"}").statusCode(), "another agency's piece");
        assertEquals(404, Tokens.delete("/api/coverage/" + piece, other).statusCode());
        assertEquals(404, Tokens.postJson("/api/campaigns/" + otherCampaign + "/coverage", other, "{\"title\":\"Avec un journaliste volé\","
                + "\"publishedOn\":\"" + LocalDate.now() + "\",\"kind\":\"ARTICLE\",\"contactId\":" + journalist + "}").statusCode(),
                "another agency's journalist");
        assertTrue(Tokens.get(path, owner).body().contains("(corrigé)"), "the piece is untouched");

        assertEquals(204, Tokens.delete("/api/coverage/" + piece, owner).statusCode());
        assertEquals("[]", Tokens.get(path, owner).body().strip());
    }

    @Test
    void theDemoFestivalHasItsCoverageAndAStagiaireRecordsNone() throws Exception {
        String stagiaire = Tokens.accessToken("stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        String chef = Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        long festival = Agencies.demoFestival();
        assertTrue(Tokens.get("/api/campaigns/" + festival + "/coverage", chef).body().contains("Jazz en Seine"),
                "the demo festival has its coverage");
        assertEquals(403, Tokens.postJson("/api/campaigns/" + festival + "/coverage", stagiaire, "{\"title\":\"Non\",\"publishedOn\":\""
                + LocalDate.now() + "\",\"kind\":\"ARTICLE\"}").statusCode());
    }

    @Test
    void aChefRecordsAPieceOnTheCoveragePage() throws Exception {
        long festival = Agencies.demoFestival();
        try (Browser browser = new Browser(1280, 900)) {
            browser.recordFailures(() -> {
                browser.open(Deployments.appUrl() + "/app/campagnes/list.xhtml");
                browser.keycloakLogin("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
                browser.waitForText("Soirée presse du Festival Jazz en Seine");
                browser.open(Deployments.appUrl() + "/app/campagnes/coverage.xhtml?id=" + festival);
                browser.waitForText("Jazz en Seine : la soirée presse qui donne le ton");
                browser.click("#piece\\:save");
                browser.waitForText("Le titre est obligatoire.");
                browser.type("#piece\\:publishedOn_input", LocalDate.now().toString());
                browser.press(org.openqa.selenium.Keys.ESCAPE.toString()); // the calendar closes
                browser.type("#piece\\:title", "Le festival vu du pont");
                browser.type("#piece\\:url", "https://pont.example/festival");
                browser.click("#piece\\:save");
                browser.waitForText("Retombée « Le festival vu du pont » ajoutée.");
                assertTrue(browser.find("#list").getText().contains("Le festival vu du pont"), browser.text());
                browser.screenshot("coverage-01-added");
            });
        }
    }
}
