package io.relance.it;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.relance.it.Agencies.id;
import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client side of {@link SaidNoBrowserIT}, kept apart so that the test class itself loads in
 * the server (which has no Selenium) for its in-container steps.
 */
final class SaidNoWalkthrough {

    private SaidNoWalkthrough() {
    }

    /** Over the API: sign-up, Emma and Paul, a chef and a stagiaire, a press release launched to both. */
    static void agencyLaunches(String slug) throws Exception {
        String directeur = Tokens.accessToken(Agencies.signUp(slug, CampaignWalkthrough.PASSWORD), CampaignWalkthrough.PASSWORD);
        String csv = "Prénom;Nom;Média;Périodicité;Mobile;Email\n"
                + "Emma;Chevalier;Le Quotidien;Quotidien;06 20 30 40 51;emma@" + slug + ".example\n"
                + "Paul;Garnier;L'Hebdo;Hebdomadaire;06 20 30 40 52;paul@" + slug + ".example\n";
        ContactsIT.importFile(directeur, "journalistes.csv", csv.getBytes(StandardCharsets.UTF_8), "target=CONTACTS");
        CampaignWalkthrough.invite(slug, directeur, "chef", "CHEF_DE_PROJET");
        long stagiaire = CampaignWalkthrough.invite(slug, directeur, "stagiaire", "STAGIAIRE");
        long client = id(ok(200, Tokens.postJson("/api/clients", directeur, "{\"name\":\"Maison Lumière\"}")));
        long campaign = id(ok(201, Tokens.postJson("/api/campaigns", directeur, "{\"clientId\":" + client
                + ",\"kind\":\"PRESS_RELEASE\",\"subject\":\"Collection d'hiver\",\"keyMessage\":\"40 pièces.\","
                + "\"sendDate\":\"" + LocalDate.now(ZoneId.of("Europe/Paris")) + "\"}")));
        ok(200, Tokens.putJson("/api/campaigns/" + campaign + "/members", directeur, "[" + stagiaire + "]"));
        ok(200, Tokens.postJson("/api/campaigns/" + campaign + "/targets", directeur, "{}"));
        ok(200, Tokens.postJson("/api/campaigns/" + campaign + "/launch", directeur, "{}"));
    }

    /** Two browsers: the stagiaire's card of Emma stays open while the chef ticks "Ne pas appeler". */
    static void doNotCallWhileTheCardIsOpen(String slug) throws Exception {
        String chef = Tokens.accessToken("chef@" + slug + ".fr", CampaignWalkthrough.PASSWORD);
        long emma = id(Tokens.get("/api/contacts?q=chevalier", chef).body().replaceFirst("(?s).*\"rows\"", ""));
        try (Browser stagiaire = new Browser(1400, 1000); Browser chefBrowser = new Browser(1280, 1000)) {
            stagiaire.recordFailures(() -> chefBrowser.recordFailures(() -> {
                stagiaire.open(appUrl() + "/app/journee/today.xhtml");
                stagiaire.keycloakLogin("stagiaire@" + slug + ".fr", CampaignWalkthrough.PASSWORD);
                stagiaire.waitForText("Message clé");
                stagiaire.driver().findElement(org.openqa.selenium.By.xpath("//form[@id='queue']//a[contains(., 'Emma')]")).click();
                waitForCard(stagiaire, "Emma Chevalier");
                stagiaire.screenshot("saidno-01-emma-on-screen");

                chefBrowser.open(appUrl() + "/app/home");
                chefBrowser.keycloakLogin("chef@" + slug + ".fr", CampaignWalkthrough.PASSWORD);
                chefBrowser.open(appUrl() + "/app/contacts/edit.xhtml?id=" + emma);
                chefBrowser.waitForText("Ne pas appeler");
                assertEquals("Chevalier", chefBrowser.find("#contact\\:lastName").getAttribute("value"));
                chefBrowser.click("#contact\\:doNotCall .ui-chkbox-box");
                chefBrowser.type("#contact\\:doNotCallReason", "Demande du journaliste");
                chefBrowser.click("#contact\\:save");
                chefBrowser.waitForText("Relances arrêtées partout : 1 séquence(s) close(s)");
                chefBrowser.screenshot("saidno-02-chef-ticks-do-not-call");

                stagiaire.press("1"); // "pas de réponse", on a card that went stale
                stagiaire.waitForText("Cette personne ne souhaite plus être appelée");
                assertFalse(stagiaire.find("#queue").getText().contains("Emma"), stagiaire.text());
                assertTrue(stagiaire.find("#queue").getText().contains("Paul"), "Paul's call stays");
                stagiaire.screenshot("saidno-03-stale-card-refused");
            }));
        }
        String journee = Tokens.get("/api/journee", Tokens.accessToken("stagiaire@" + slug + ".fr", CampaignWalkthrough.PASSWORD)).body();
        assertFalse(journee.contains("Emma"), journee);
    }

    /** The directeur records Paul's opt-out over the API: the stagiaire's day empties. */
    static void optOutOverTheApi(String slug) throws Exception {
        String directeur = Tokens.accessToken("dir@" + slug + ".fr", CampaignWalkthrough.PASSWORD);
        long paul = id(Tokens.get("/api/contacts?q=garnier", directeur).body().replaceFirst("(?s).*\"rows\"", ""));
        ok(200, Tokens.putJson("/api/contacts/" + paul, directeur, "{\"firstName\":\"Paul\",\"lastName\":\"Garnier\","
                + "\"outletName\":\"L'Hebdo\",\"mobile\":\"06 20 30 40 52\",\"email\":\"paul@" + slug + ".example\","
                + "\"optedOut\":\"oui\",\"optedOutReason\":\"Demande par email\"}"));
        String stagiaire = Tokens.accessToken("stagiaire@" + slug + ".fr", CampaignWalkthrough.PASSWORD);
        String journee = Tokens.get("/api/journee", stagiaire).body();
        assertFalse(journee.contains("Paul"), journee);
        try (Browser browser = new Browser(1280, 900)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/journee/today.xhtml");
                browser.keycloakLogin("stagiaire@" + slug + ".fr", CampaignWalkthrough.PASSWORD);
                browser.waitForText("Rien à appeler pour l'instant");
                browser.screenshot("saidno-04-day-emptied");
            });
        }
    }

    private static void waitForCard(Browser browser, String name) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> name.equals(d.findElement(org.openqa.selenium.By.cssSelector("#card-name")).getText()));
    }

    private static String ok(int status, java.net.http.HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }
}
