package io.relance.it;

import org.openqa.selenium.Keys;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.relance.it.Agencies.id;
import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client side of {@link QualificationBrowserIT}, kept apart so that the test class itself loads
 * in the server (which has no Selenium) for its in-container steps.
 */
final class QualificationWalkthrough {

    static final String PASSWORD = "Prospects2026x";

    private QualificationWalkthrough() {
    }

    /** Over the API: sign-up, two prospects, a stagiaire, the standard quote, the campaign launched to both. */
    static void agencyLaunchesACommercialOffer(String slug) throws Exception {
        String directeur = Tokens.accessToken(Agencies.signUp(slug, PASSWORD), PASSWORD);
        String csv = "Prénom;Nom;Média;Mobile;Email\n"
                + "Claire;Martin;Boulangeries Martin;06 20 30 40 01;claire@" + slug + ".example\n"
                + "Hugo;Bernard;Cycles Bernard;06 20 30 40 02;hugo@" + slug + ".example\n";
        ContactsIT.importFile(directeur, "prospects.csv", csv.getBytes(StandardCharsets.UTF_8), "target=CONTACTS");
        long stagiaire = CampaignWalkthrough.invite(slug, directeur, "stagiaire", "STAGIAIRE");
        ok(201, Tokens.postJson("/api/sales-templates", directeur, "{\"kind\":\"QUOTE\",\"name\":\"Devis standard\","
                + "\"emailSubject\":\"Votre devis, {prenom}\",\"emailBody\":\"Bonjour {prenom},\\n\\nNotre devis pour {societe}.\","
                + "\"source\":\"GENERATED\",\"docTitle\":\"Devis — {societe}\",\"docBody\":\"Communiqué et relances : 1 900 € HT.\"}"));
        long client = id(ok(200, Tokens.postJson("/api/clients", directeur, "{\"name\":\"Nos offres\"}")).body());
        long campaign = id(ok(201, Tokens.postJson("/api/campaigns", directeur, "{\"clientId\":" + client
                + ",\"kind\":\"COMMERCIAL_OFFER\",\"subject\":\"Pack presse PME\",\"keyMessage\":\"Communiqué, relances, bilan.\","
                + "\"callScript\":\"Quels sont vos objectifs ? Votre échéance ?\",\"sendDate\":\""
                + LocalDate.now(ZoneId.of("Europe/Paris")) + "\"}")).body());
        ok(200, Tokens.putJson("/api/campaigns/" + campaign + "/members", directeur, "[" + stagiaire + "]"));
        ok(200, Tokens.postJson("/api/campaigns/" + campaign + "/targets", directeur, "{}"));
        ok(200, Tokens.postJson("/api/campaigns/" + campaign + "/launch", directeur, "{}"));
    }

    /** The stagiaire: "4" (oui) opens the qualification; the keyboard fills it; Enter saves; "d" sends the quote. */
    static void callerQualifiesAndSendsTheQuote(String slug) throws Exception {
        try (Browser browser = new Browser(1400, 1100)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/journee/today.xhtml");
                browser.keycloakLogin("stagiaire@" + slug + ".fr", PASSWORD);
                browser.waitForText("Message clé");
                String prospect = browser.find("#card-name").getText();
                browser.press("4"); // oui: a prospect picked up
                browser.waitForText("Qualification — " + prospect);
                assertEquals(prospect, browser.find("#card-name").getText(), "the card stays on the prospect to qualify");
                browser.screenshot("qualification-01-opened");

                browser.press("q"); // to the first objective
                browser.press(" "); // ticks it
                assertTrue(browser.text().contains("Aucune échéance."), "no deadline yet");
                until(browser, "the live verdict drops the missing objective", () -> !browser.text().contains("Aucun objectif exprimé."));
                browser.find("#qualification\\:objectiveText").sendKeys("Se faire connaître à Lyon");
                browser.find("#qualification\\:feeling\\:1").sendKeys(Keys.SPACE); // feeling 2
                browser.find("#qualification\\:feeling\\:1").sendKeys(Keys.ENTER); // saves
                browser.waitForText("qualifié(e) : priorité Basse");
                assertEquals("Basse", browser.find("#kept-priority").getText());
                assertTrue(browser.find("#next-action").getText().contains("envoyer le devis standard"),
                        browser.find("#next-action").getText());
                browser.screenshot("qualification-02-low");

                browser.press("d"); // the standard quote, in one key
                browser.waitForText("part par email à " + prospect);
                assertTrue(browser.find("#sent").getText().contains("Devis « Devis standard »"), browser.find("#sent").getText());
                browser.screenshot("qualification-03-quote-sent");
                browser.press("n"); // the next call
                until(browser, "on to the other prospect", () -> !browser.find("#card-name").getText().equals(prospect));
            });
        }
    }

    private static void until(Browser browser, String what, java.util.function.BooleanSupplier condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(what).until(d -> condition.getAsBoolean());
    }

    private static HttpResponse<String> ok(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }
}
