package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.relance.it.CampaignWalkthrough.PASSWORD;
import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chef targets 40 contacts with the score: types the campaign's topics, reads each target's
 * reasons, sees who is to call within the team's capacity and who is "envoi seul", moves three
 * people to call with one click each, sees the capacity warning, and launches; the moves are kept.
 * Screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TargetingBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aChefTargetsFortyContactsReadsTheReasonsMovesThreeAndLaunches() throws Exception {
        String slug = "ciblage-" + UUID.randomUUID().toString().substring(0, 6);
        String directeur = Tokens.accessToken(Agencies.signUp(slug, PASSWORD), PASSWORD);
        StringBuilder csv = new StringBuilder("Prénom;Nom;Média;Périodicité;Mobile;Email;Thématiques;Tier\n");
        for (int i = 1; i <= 40; i++) {
            csv.append(String.format("Prénom%02d;Journaliste%02d;Le Média %d;%s;06 21 31 41 %02d;c%02d@presse.fr;%s;%s%n", i, i, i,
                    i % 2 == 0 ? "Quotidien" : "Mensuel", i, i, i % 4 == 0 ? "Santé" : "Sport", "ABC".charAt(i % 3)));
        }
        ContactsIT.importFile(directeur, "ciblage.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "target=CONTACTS");
        CampaignWalkthrough.invite(slug, directeur, "chef", "CHEF_DE_PROJET");
        // one caller making 20 calls a day over PRM 3×3's three days: 60 free attempts, room for 6 people of 9 attempts
        assertEquals(200, Tokens.putJson("/api/targeting/weights", directeur, "{\"callsPerCallerPerDay\":20}").statusCode());

        try (Browser browser = new Browser(1500, 1100)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/home");
                browser.keycloakLogin("chef@" + slug + ".fr", PASSWORD);
                browser.click("#nav-campagnes");
                browser.click("#new-campaign");
                browser.type("#campaign\\:newClient", "Labo Santé");
                browser.click("#campaign\\:addClient");
                browser.waitForText("Labo Santé");
                browser.type("#campaign\\:subject", "Nouveau vaccin");
                browser.type("#campaign\\:topics", "Santé, Recherche");
                browser.click("#campaign\\:save");
                browser.waitForText("Campagne enregistrée");

                // the chef who made the campaign is its team: one caller
                browser.click("#targeting\\:addFiltered");
                browser.waitForText("40 contact(s) ajouté(s)");
                browser.waitForText("6 personnes à appeler = 54 tentatives, votre équipe en a 60 de libres.");
                assertTrue(browser.find("#targeting\\:groupCall").getText().contains("(6)"));
                assertTrue(browser.find("#targeting\\:groupSendOnly").getText().contains("(34)"));

                // the reasons are readable in the row: the best match first, its topic and tier named
                browser.click("#targeting\\:groupAll");
                String best = browser.textOf("#targeting\\:targets_data tr:first-child td.reasons", null);
                assertTrue(best.contains("Thématiques : Santé"), best);
                assertTrue(best.contains("Tier A") || best.contains("Quotidien"), best);
                String title = browser.textOf("#targeting\\:targets\\:0\\:score", "title");
                assertTrue(title.contains("Thématiques : Santé") && title.contains(" · "), "every reason in the tooltip: " + title);
                browser.screenshot("targeting-01-scored");

                // three people move from "envoi seul" to "à appeler", one click each
                browser.click("#targeting\\:groupSendOnly");
                for (int moved = 1; moved <= 3; moved++) {
                    browser.waitForText("Envoi seul (" + (35 - moved) + ")");
                    String name = firstName(browser);
                    // clicked by script: the rows' widgets (date pickers) settle after an ajax update and may
                    // move the button under a pointer click
                    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
                            browser.find("#targeting\\:targets\\:0\\:move"));
                    browser.waitForText(name + " passe à appeler.");
                    browser.waitForText("À appeler (" + (6 + moved) + ")");
                }
                browser.waitForText("9 personnes à appeler = 81 tentatives, votre équipe en a 60 de libres.");
                browser.waitForText("Au-delà de la capacité de l'équipe");
                browser.screenshot("targeting-02-over-capacity");

                browser.click("#head\\:launch");
                browser.waitForText("9 à appeler, 31 en envoi seul.");
                browser.click("#launchForm\\:confirmLaunch");
                browser.waitForText("Campagne lancée");
                // settled at launch: the chef's moves are there, pinned
                // the group's button is replaced by the form's update: read the new one, not the old one mid-swap
                org.openqa.selenium.WebElement before = browser.find("#targeting\\:groupCall");
                browser.click("#targeting\\:groupCall");
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
                assertTrue(browser.textOf("#targeting\\:groupCall", null).contains("(9)"), browser.text());
                assertEquals(3, browser.driver().findElements(By.xpath("//tbody[@id='targeting:targets_data']//span[contains(., '📌')]"))
                        .size(), "the three moves are kept");
                browser.screenshot("targeting-03-launched");
            });
        }
    }

    private static String firstName(Browser browser) {
        return browser.textOf("#targeting\\:targets_data tr:first-child td:nth-child(2)", null).strip();
    }
}
