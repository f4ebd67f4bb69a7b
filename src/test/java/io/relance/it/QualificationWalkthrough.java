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

    /** The campaign launched by {@link #agencyLaunchesACommercialOffer} (client side only). */
    static long campaign;

    private QualificationWalkthrough() {
    }

    /** Over the API: sign-up, two prospects, a stagiaire, the standard quote, the campaign launched to both. */
    static void agencyLaunchesACommercialOffer(String slug) throws Exception {
        String directeur = Tokens.accessToken(Agencies.signUp(slug, PASSWORD), PASSWORD);
        String csv = "Prénom;Nom;Média;Mobile;Email\n"
                + "Claire;Martin;Boulangeries Martin;06 20 30 40 01;claire@" + slug + ".example\n"
                + "Hugo;Bernard;Cycles Bernard;06 20 30 40 02;hugo@" + slug + ".example\n";
        ContactsIT.importFile(directeur, "prospects.csv", csv.getBytes(StandardCharsets.UTF_8), "target=CONTACTS");
        long stagiaire = CampaignWalkthrough.invite(slug, directeur, "stagiaire", "STAGIAIRE"); // password: CampaignWalkthrough.PASSWORD
        ok(201, Tokens.postJson("/api/sales-templates", directeur, "{\"kind\":\"QUOTE\",\"name\":\"Devis standard\","
                + "\"emailSubject\":\"Votre devis, {prenom}\",\"emailBody\":\"Bonjour {prenom},\\n\\nNotre devis pour {societe}.\","
                + "\"source\":\"GENERATED\",\"docTitle\":\"Devis — {societe}\",\"docBody\":\"Communiqué et relances : 1 900 € HT.\"}"));
        long client = id(ok(200, Tokens.postJson("/api/clients", directeur, "{\"name\":\"Nos offres\"}")).body());
        campaign = id(ok(201, Tokens.postJson("/api/campaigns", directeur, "{\"clientId\":" + client
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
                browser.keycloakLogin("stagiaire@" + slug + ".fr", CampaignWalkthrough.PASSWORD);
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

    /**
     * The same card over the API, on the other prospect's call: bad values 400, refused ones 422 with
     * their keys, the live verdict, the policy; another agency's directeur finds nothing (404).
     */
    static void theCardOverTheApi(String slug) throws Exception {
        String stagiaire = Tokens.accessToken("stagiaire@" + slug + ".fr", CampaignWalkthrough.PASSWORD);
        String day = ok(200, Tokens.get("/api/journee", stagiaire)).body();
        long task = Long.parseLong(day.replaceAll("(?s).*?\"taskId\"\\s*:\\s*(\\d+).*", "$1"));
        String path = "/api/calls/" + task + "/qualification";
        assertTrue(ok(200, Tokens.get(path, stagiaire)).body().contains("\"commercial\":true"));
        ok(400, Tokens.putJson(path, stagiaire, "{\"horizon\":\"SOON\",\"feeling\":3}"));
        assertTrue(ok(422, Tokens.putJson(path, stagiaire, "{\"feeling\":9}")).body().contains("qualification.feeling.range"));
        String eager = "{\"objectives\":[\"Notoriété\"],\"horizon\":\"UNDER_ONE_MONTH\",\"decisionMaker\":\"YES\",\"feeling\":5}";
        assertTrue(ok(200, Tokens.postJson(path + "/verdict", stagiaire, eager)).body().contains("\"priority\":\"HIGH\""));
        assertTrue(ok(422, Tokens.postJson("/api/calls/" + task + "/meetings", stagiaire,
                "{\"start\":\"2030-01-07T09:00:00Z\",\"place\":\"Ici\",\"attendees\":[1]}")).body()
                .contains("meeting.refused.unqualified"), "no meeting before the card is saved");
        assertTrue(ok(200, Tokens.putJson(path, stagiaire, eager)).body().contains("\"priority\":\"HIGH\""));
        assertEquals(403, Tokens.putJson("/api/qualification-policy", stagiaire, "{}").statusCode(), "the directeur's rules");
        assertTrue(ok(200, Tokens.get("/api/qualification-policy", stagiaire)).body().contains("\"meetingNeedsQualification\":true"));

        String other = Agencies.slug("autre-qualif"); // not the test agency's prefix: the server finds it by prefix
        String stranger = Tokens.accessToken(Agencies.signUp(other, PASSWORD), PASSWORD);
        assertEquals(404, Tokens.get(path, stranger).statusCode(), "another agency's call is not there");
        assertEquals(404, Tokens.putJson(path, stranger, eager).statusCode());
        assertEquals(404, Tokens.postJson("/api/calls/" + task + "/documents/1", stranger, "{}").statusCode());
    }

    /** The directeur records an outcome on the prospects page and reads the sales part of the bilan. */
    static void directeurFollowsTheProspects(String slug) throws Exception {
        try (Browser browser = new Browser(1400, 1100)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/campagnes/list.xhtml");
                browser.keycloakLogin("dir@" + slug + ".fr", PASSWORD);
                browser.waitForText("Pack presse PME");
                browser.open(appUrl() + "/app/campagnes/prospects.xhtml?id=" + campaign); // the login keeps no query string
                browser.waitForText("Prospects qualifiés");
                assertTrue(browser.text().contains("Haute") && browser.text().contains("Basse"), browser.text());
                browser.select("select[id$=':outcome']", "WON"); // the first row: the high priority
                browser.waitForText("Issue enregistrée pour");
                browser.screenshot("qualification-04-prospects");
                browser.click("#toBilan");
                browser.waitForText("Temps gagné");
                assertEquals("2", browser.find("#sales-qualified").getText());
                assertEquals("1", browser.find("#sales-quotes").getText());
                assertEquals("1", browser.find("#sales-avoided").getText(), "the low prospect got the quote, not a meeting");
                assertEquals("1", browser.find("#sales-won").getText());
                assertEquals("2 h 30 min", browser.find("#sales-saved").getText(), "150 minutes by default");
                browser.screenshot("qualification-05-bilan");

                // the directeur's settings: an average meeting of two hours, travel included
                browser.open(appUrl() + "/app/agence/qualification.xhtml");
                browser.waitForText("Règles de priorité");
                browser.type("#rules\\:meetingMinutes", "5");
                browser.click("#rules\\:save");
                browser.waitForText("La durée moyenne d’un rendez-vous va de 15 à 600 minutes (5).");
                browser.type("#rules\\:meetingMinutes", "120");
                browser.click("#rules\\:save");
                browser.waitForText("Réglages de qualification enregistrés.");
                browser.screenshot("qualification-06-rules");
                browser.open(appUrl() + "/app/campagnes/bilan.xhtml?id=" + campaign);
                browser.waitForText("Temps gagné");
                assertEquals("2 h 00 min", browser.find("#sales-saved").getText(), "the bilan counts with the agency's setting");
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
