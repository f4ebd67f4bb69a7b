package io.relance.it;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.relance.it.Agencies.id;
import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser side of {@link CampaignBrowserIT}, kept apart so that the test class itself loads in
 * the server (which has no Selenium) for its in-container steps.
 */
final class CampaignWalkthrough {

    static final String PASSWORD = "Journee2026x";

    private CampaignWalkthrough() {
    }

    /** Signs up an agency, imports 20 contacts, invites a chef and a stagiaire; the chef creates and launches a campaign. */
    static void chefLaunchesACampaign(String slug) throws Exception {
        String directeur = Tokens.accessToken(Agencies.signUp(slug, PASSWORD), PASSWORD);
        StringBuilder csv = new StringBuilder("Prénom;Nom;Média;Périodicité;Mobile;Email\n");
        for (int i = 1; i <= 20; i++) {
            // one outlet each: a yes here must not close colleagues' sequences (NewsroomIT covers that)
            csv.append(String.format("Prénom%02d;Journaliste%02d;Le Quotidien %d;Quotidien;06 20 30 40 %02d;j%02d@presse.fr%n", i, i, i, i, i));
        }
        ContactsIT.importFile(directeur, "journalistes.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "target=CONTACTS");
        invite(slug, directeur, "chef", "CHEF_DE_PROJET");
        invite(slug, directeur, "stagiaire", "STAGIAIRE");

        try (Browser browser = new Browser(1400, 1000)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/home");
                browser.keycloakLogin("chef@" + slug + ".fr", PASSWORD);
                browser.click("#nav-campagnes");
                browser.waitForText("Aucune campagne");
                browser.click("#new-campaign");
                browser.type("#campaign\\:newClient", "Maison Lumière");
                browser.click("#campaign\\:addClient");
                browser.waitForText("Maison Lumière");
                browser.type("#campaign\\:subject", "Collection d'hiver");
                browser.type("#campaign\\:keyMessage", "La collection sort le 1er décembre, 40 pièces.");
                browser.type("#campaign\\:callScript", "Bonjour, je vous appelle au sujet du communiqué...");
                browser.click("#campaign\\:save");
                browser.waitForText("Campagne enregistrée");
                browser.screenshot("campaign-01-created");

                browser.driver().findElement(org.openqa.selenium.By.xpath("//form[@id='team']//label[contains(., 'Prénom stagiaire')]")).click();
                browser.click("#team\\:saveMembers");
                browser.waitForText("Équipe enregistrée (2 personnes)");
                browser.click("#targeting\\:addFiltered");
                browser.waitForText("20 contact(s) ajouté(s)");
                assertEquals("20", browser.find("#followed").getText(), browser.text());
                browser.screenshot("campaign-02-targeted");

                // the release by email, sent at launch: subject and text are required once the box is ticked
                browser.click("#mail\\:atLaunch .ui-chkbox-box");
                browser.click("#mail\\:saveMail");
                browser.waitForText("L'objet est obligatoire pour envoyer le communiqué par email.");
                browser.type("#mail\\:subject", "{sujet} : le communiqué");
                browser.type("#mail\\:body", "Bonjour {prenom},\n\nVoici notre communiqué.\n\n{appelant}, {agence}");
                browser.waitForText("Bonjour Prénom01,"); // the preview, with the campaign's first contact
                browser.click("#mail\\:saveMail");
                browser.waitForText("Email du communiqué enregistré.");

                browser.click("#head\\:launch");
                browser.click("#launchForm\\:confirmLaunch");
                browser.waitForText("Campagne lancée : 20 contact(s) relancé(s), 0 exclu(s)");
                assertTrue(browser.text().contains("Suivi des relances"), browser.text());
                browser.screenshot("campaign-03-launched");
            });
        }
    }

    /** Every key a button of the card answers to is the one the help line under the card gives it. */
    private static void keysMatchTheHelp(Browser browser) {
        String help = browser.find("#keys-help").getText();
        assertTrue(help.startsWith("Clavier : 1 Pas de réponse · 2 Messagerie"), help);
        int keyed = 0;
        for (org.openqa.selenium.WebElement button : browser.driver().findElements(
                org.openqa.selenium.By.cssSelector("#card button[data-key]"))) {
            String label = button.getText().strip();
            assertTrue(help.contains(label.replace(" · ", " ")), "the help lists the button '" + label + "': " + help);
            assertTrue(label.startsWith(button.getAttribute("data-key") + " · "), "the button shows its own key: " + label);
            keyed++;
        }
        assertTrue(keyed >= 8, "the outcome buttons and the card's actions carry keys (" + keyed + ")");
    }

    /** A click on another open call of the queue shows that call's card and marks it as the current one. */
    private static void anotherCallOfTheQueueOpensItsCard(Browser browser) {
        var other = browser.find("#queue a.call.open:not(.current)");
        String task = other.getAttribute("data-task");
        String name = other.findElement(org.openqa.selenium.By.cssSelector(".who")).getText();
        assertTrue(!name.equals(browser.find("#card-name").getText()), "another person than the card's");
        other.click();
        waitFor(browser, "#card-name", name);
        assertTrue(browser.find("#queue a.call[data-task='" + task + "']").getAttribute("class").contains("current"),
                "the call clicked is marked as the current one");
    }

    /** The stagiaire logs three calls by keyboard; the chef reads them in the bilan. */
    static void stagiaireWorksAndChefReadsTheBilan(String slug) throws Exception {
        try (Browser browser = new Browser(1400, 1000)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/journee/today.xhtml");
                browser.keycloakLogin("stagiaire@" + slug + ".fr", PASSWORD);
                browser.waitForText("Message clé");
                assertEquals("60", browser.find("#todo").getText(), "20 contacts × 3 slots today");
                assertTrue(browser.find("#tel").getAttribute("href").startsWith("tel:+336203040"), "a tel: link");
                assertTrue(browser.text().contains("La collection sort le 1er décembre"));
                assertTrue(browser.find("#sms-state").getText().contains("Envoyé"), "the card tells the SMS was sent");
                browser.screenshot("journee-01-card");
                keysMatchTheHelp(browser);
                anotherCallOfTheQueueOpensItsCard(browser);

                String first = browser.find("#card-name").getText();
                browser.press("1"); // pas de réponse
                browser.waitForText("Pas de réponse");
                waitFor(browser, "#done", "1");
                browser.press("4"); // oui
                waitFor(browser, "#done", "2");
                browser.press("2"); // messagerie
                waitFor(browser, "#done", "3");
                assertEquals("55", browser.find("#todo").getText(), "60 - 3 calls made - 2 later slots of the contact who said yes");
                assertTrue(!browser.find("#card-name").getText().equals(first), "the card moved on to the next contact");
                browser.screenshot("journee-02-after-three-calls");
                browser.press("9"); // "renvoyez-le-moi": the release by email again
                browser.waitForText("Le communiqué part de nouveau par email à");
                assertTrue(browser.find("#mail-state").getText().contains("Renvoi"), browser.find("#mail-state").getText());
                assertTrue(browser.find("#mail-state").getText().contains("Communiqué"), "the launch's email is on the card too");
                browser.click("#logout");
            });
        }
        try (Browser browser = new Browser(1400, 1000)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/campagnes/list.xhtml");
                browser.keycloakLogin("chef@" + slug + ".fr", PASSWORD);
                browser.click(".campaign-link");
                browser.click("#head\\:bilan");
                browser.waitForText("Par appelant");
                assertEquals("20", browser.find("#kpi-enrolled").getText());
                assertEquals("3", browser.find("#kpi-attempts").getText());
                assertEquals("1", browser.find("#kpi-pickups").getText());
                assertEquals("33 %", browser.find("#kpi-rate").getText());
                assertEquals("1", browser.find("#kpi-yes").getText());
                assertTrue(browser.text().contains("Prénom stagiaire"), "the bilan per caller names the stagiaire");
                browser.open(appUrl() + "/app/campagnes/outbox.xhtml");
                browser.waitForText("Bonjour Prénom01, Prénom de Agence " + slug);
                browser.screenshot("outbox-01");
                browser.driver().findElement(org.openqa.selenium.By.xpath("//a[contains(., 'Emails')]")).click();
                browser.waitForText("Collection d'hiver : le communiqué");
                assertTrue(browser.text().contains("j01@presse.fr"), "the launch's emails are listed");
                browser.screenshot("outbox-02-emails");
                browser.screenshot("bilan-01");
            });
        }
    }

    private static void waitFor(Browser browser, String css, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> text.equals(d.findElement(org.openqa.selenium.By.cssSelector(css)).getText()));
    }

    static long invite(String slug, String directeur, String who, String role) throws Exception {
        String email = who + "@" + slug + ".fr";
        var invited = Tokens.postJson("/api/team", directeur, "{\"firstName\":\"Prénom\",\"lastName\":\"" + who
                + "\",\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        try (KeycloakAdmin keycloak = new KeycloakAdmin()) {
            keycloak.setPassword(email, PASSWORD);
        }
        return id(invited.body());
    }
}
