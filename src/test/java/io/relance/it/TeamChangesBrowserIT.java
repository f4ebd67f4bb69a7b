package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.relance.it.Agencies.id;
import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directeur sees every field an invitation lacks at once, under each; then disables a stagiaire
 * on the team page and reads where her running follow-ups went;
 * the agency (two journalists, Léa and Hugo, a launched press release) is made over the API.
 * Screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamChangesBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void disablingLeaOnTheTeamPageSaysHerCallsWentToHugo() throws Exception {
        String slug = Agencies.slug("relais");
        String email = Agencies.signUp(slug, CampaignWalkthrough.PASSWORD);
        String directeur = Tokens.accessToken(email, CampaignWalkthrough.PASSWORD);
        String csv = "Prénom;Nom;Média;Périodicité;Mobile\n"
                + "Emma;Chevalier;Le Quotidien;Quotidien;06 20 30 40 61\n"
                + "Paul;Garnier;L'Hebdo;Hebdomadaire;06 20 30 40 62\n";
        ContactsIT.importFile(directeur, "journalistes.csv", csv.getBytes(StandardCharsets.UTF_8), "target=CONTACTS");
        long lea = CampaignWalkthrough.invite(slug, directeur, "lea", "STAGIAIRE");
        long hugo = CampaignWalkthrough.invite(slug, directeur, "hugo", "STAGIAIRE");
        long client = id(ok(200, Tokens.postJson("/api/clients", directeur, "{\"name\":\"Maison Lumière\"}")));
        long campaign = id(ok(201, Tokens.postJson("/api/campaigns", directeur, "{\"clientId\":" + client
                + ",\"kind\":\"PRESS_RELEASE\",\"subject\":\"Collection d'hiver\",\"sendDate\":\""
                + LocalDate.now(ZoneId.of("Europe/Paris")) + "\"}")));
        ok(200, Tokens.putJson("/api/campaigns/" + campaign + "/members", directeur, "[" + lea + "," + hugo + "]"));
        ok(200, Tokens.postJson("/api/campaigns/" + campaign + "/targets", directeur, "{}"));
        ok(200, Tokens.postJson("/api/campaigns/" + campaign + "/launch", directeur, "{}"));
        String before = Tokens.get("/api/campaigns/" + campaign + "/enrolments", directeur).body();
        assertTrue(before.contains("\"callerId\":" + lea) && before.contains("\"callerId\":" + hugo), "one each: " + before);

        try (Browser browser = new Browser(1280, 1000)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/agence/team.xhtml");
                browser.keycloakLogin(email, CampaignWalkthrough.PASSWORD);
                browser.waitForText("lea@" + slug + ".fr");
                inviteWithTwoFieldsMissing(browser);
                browser.driver().findElement(By.xpath("//tr[contains(., 'lea@" + slug + ".fr')]//button[contains(@id, 'toggle')]")).click();
                browser.waitForText("Ses suites en cours passeront à d'autres appelants");
                browser.click("#confirmForm\\:yes");
                browser.waitForText("1 suite(s) en cours réassignée(s)");
                assertTrue(browser.text().contains("Prénom hugo → 1"), browser.text());
                browser.screenshot("team-01-lea-disabled-calls-to-hugo");
            });
        }
        String after = Tokens.get("/api/campaigns/" + campaign + "/enrolments", directeur).body();
        assertEquals(-1, after.indexOf("\"callerId\":" + lea + ","), after);
    }

    /** An invitation without a first name nor an email: both fields say so at once, under each. */
    private static void inviteWithTwoFieldsMissing(Browser browser) throws Exception {
        browser.type("#invite\\:lastName", "Martin");
        browser.click("#invite\\:submit");
        browser.waitForText("Ce champ est obligatoire.");
        for (String field : new String[] {"firstName", "email"}) {
            String shown = browser.driver().findElement(By.xpath("//div[contains(@class, 'field')][.//input[@id='invite:" + field + "']]"))
                    .getText();
            assertTrue(shown.contains("Ce champ est obligatoire."), field + ": " + shown);
        }
        browser.screenshot("team-00-invite-two-fields-missing");
    }

    private static String ok(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }
}
