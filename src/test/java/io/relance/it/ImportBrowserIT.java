package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chef de projet imports a journalists' file with a few bad lines: reads what is wrong, fixes
 * nothing, imports the valid lines, reads the report, then finds a contact by phone number.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aChefImportsTheValidLinesOfAFileAndFindsAContactByPhone() throws Exception {
        Path file = Path.of(ImportBrowserIT.class.getResource("/imports/ten-percent-malformed.csv").toURI());
        try (Browser browser = new Browser(1400, 1000)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/home");
                browser.keycloakLogin("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
                browser.click("#nav-contacts");
                browser.waitForText("Nouveau contact");
                browser.click("#go-import");
                browser.waitForText("Importer des contacts ou des médias");

                browser.attach("#upload input[type=file]", file);
                browser.click("#upload\\:read");
                browser.waitForText("Colonne du fichier");
                assertTrue(browser.text().contains("50 lignes"), browser.text());
                browser.screenshot("import-01-mapping");

                browser.click("#mapping\\:preview");
                browser.waitForText("Sera créée");
                assertEquals("46", browser.find("#count-create").getText());
                assertEquals("4", browser.find("#count-reject").getText());
                assertEquals("1", browser.find("#count-warn").getText(), "the unknown periodicity only warns (issue 18)");
                browser.select("#preview\\:show", "REJECT");
                browser.waitForText("numéro invalide (06 12)");
                assertTrue(browser.text().contains("adresse email invalide (contact12.exemple.fr)"));
                assertTrue(browser.text().contains("le nom est obligatoire"));
                browser.screenshot("import-02-preview-rejected");

                browser.click("#preview\\:start");
                browser.waitForText("Rapport d'import");
                assertEquals("46", browser.find("#created").getText());
                assertEquals("4", browser.find("#rejected").getText());
                assertTrue(browser.text().contains("Périodicité : valeur inconnue, laissée vide (Tous les 36 du mois)"), browser.text());
                assertTrue(browser.text().contains("Mobile : ce n'est pas un numéro de mobile"), browser.text());
                browser.screenshot("import-03-report");

                browser.open(appUrl() + "/app/contacts/list.xhtml");
                browser.type("#contacts\\:search", "06 12 34 11 01");
                browser.click("#contacts\\:go");
                browser.waitForText("Prenom1 Nom1");
                assertFalse(browser.text().contains("Prenom2 Nom2"), "only the contact with that number");
                browser.screenshot("import-04-found-by-phone");

                // tick the contact, set its tier in bulk (after confirming), then open its card
                browser.click("#contacts\\:table .ui-chkbox-box");
                browser.waitForText("Les contacts cochés (1)");
                browser.select("#contacts\\:action", "TIER");
                browser.find("#contacts\\:newTier");
                browser.select("#contacts\\:newTier", "B");
                browser.click("#contacts\\:apply");
                browser.click("#contacts\\:confirm-yes");
                browser.waitForText("1 contact(s) modifié(s).");
                browser.click(".contact-link");
                browser.waitForText("Historique");
                assertTrue(browser.text().contains("+33 6 12 34 11 01"), browser.text());
                assertTrue(browser.text().contains("Media 1"));
                browser.screenshot("import-05-contact-card");
            });
        }
    }
}
