package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole first day of a new agency in a real browser: sign up, log in as its director on
 * Keycloak's page, invite a stagiaire, log out, log in as the stagiaire (who must change the
 * temporary password) and see "Ma journée". Screenshots of each step land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignupToMaJourneeBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aNewAgencySignsUpInvitesAStagiaireWhoSeesMaJournee() throws Exception {
        String slug = "agence-" + UUID.randomUUID().toString().substring(0, 6);
        String director = "dir@" + slug + ".fr";
        String intern = "stagiaire@" + slug + ".fr";
        try (Browser browser = new Browser(1280, 900)) {
            browser.recordFailures(() -> journey(browser, slug, director, intern));
        }
    }

    private void journey(Browser browser, String slug, String director, String intern) throws Exception {
        {
            browser.open(appUrl() + "/");
            browser.waitForText("Créer mon agence");
            browser.screenshot("01-landing");
            browser.click("#signup");

            browser.type("#signup\\:agencyName", "Agence Lumière");
            browser.type("#signup\\:slug", slug);
            browser.type("#signup\\:firstName", "Inès");
            browser.type("#signup\\:lastName", "Roux");
            browser.type("#signup\\:email", director);
            browser.type("#signup\\:password", "court");
            browser.click("#signup\\:submit");
            browser.waitForText("Mot de passe trop faible");
            browser.screenshot("02-signup-weak-password");

            browser.type("#signup\\:password", "Lumiere2026!");
            browser.click("#signup\\:submit");
            browser.waitForText("Demande reçue");
            browser.screenshot("03-signup-done");

            browser.click("#login-after-signup");
            browser.keycloakLogin(director, "Lumiere2026!");
            browser.waitForText("L'équipe");
            assertTrue(browser.text().contains("Agence Lumière"), "the header shows the new agency's name");
            assertTrue(browser.text().contains("Inès Roux"));
            browser.screenshot("04-directeur-agence");

            browser.type("#invite\\:firstName", "Tom");
            browser.type("#invite\\:lastName", "Leroy");
            browser.type("#invite\\:email", intern);
            browser.click("#invite\\:submit");
            String temporaryPassword = browser.find("#temporary-password").getText();
            assertFalse(temporaryPassword.isBlank());
            browser.waitForText("Tom Leroy");
            browser.screenshot("05-stagiaire-invited");

            // a second member, disabled at once: the table asks for confirmation first
            browser.click("#sentForm\\:close");
            browser.type("#invite\\:firstName", "Hugo");
            browser.type("#invite\\:lastName", "Aubert");
            browser.type("#invite\\:email", "hugo@" + slug + ".fr");
            browser.click("#invite\\:submit");
            browser.waitForText("Hugo Aubert");
            browser.click("#members\\:table\\:0\\:toggle");
            browser.waitForText("Cette personne ne pourra plus se connecter");
            browser.screenshot("05b-confirm-disable");
            browser.click("#confirmForm\\:yes");
            browser.waitForText("Hugo Aubert ne peut plus se connecter");
            assertTrue(browser.text().contains("Désactivé"));
            browser.screenshot("05c-member-disabled");

            browser.click("#logout");
            browser.waitForText("Créer mon agence");

            browser.open(appUrl() + "/app/home");
            browser.keycloakLogin(intern, temporaryPassword);
            // Keycloak asks for a new password: the temporary one is for the first login only
            browser.type("#password-new", "Stagiaire2026!");
            browser.type("#password-confirm", "Stagiaire2026!");
            browser.click("input[type=submit], button[type=submit]");
            browser.waitForText("Rien à appeler pour l'instant");
            assertTrue(browser.url().endsWith("/app/journee/today.xhtml"), browser.url());
            String page = browser.text();
            assertTrue(page.contains("Ma journée") && page.contains("Agence Lumière"));
            assertFalse(page.contains("Campagnes") || page.contains("Agence\n"), "a stagiaire's menu has only Ma journée");
            browser.screenshot("06-stagiaire-ma-journee");

            browser.click("#lang\\:en");
            browser.waitForText("Nothing to call yet");
            browser.screenshot("07-stagiaire-english");
        }
    }
}
