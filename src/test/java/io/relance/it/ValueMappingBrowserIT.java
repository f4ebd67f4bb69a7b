package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 §1 in the browser: a new agency imports the public media directory; the preview lists
 * each distinct type and periodicity with what it becomes; the person sets « Web TV » to
 * television and rejects « Autre », imports, reads the report, and finds those choices applied by
 * themselves to the next upload of the same file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ValueMappingBrowserIT {

    private static final String PASSWORD = "Valeurs2026x";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    private static String becomes(Browser browser, String fieldAndValue) {
        return new Select(browser.find("select[data-value='" + fieldAndValue + "']")).getFirstSelectedOption().getAttribute("value");
    }

    private static void waitForCount(Browser browser, String id, String count) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getText().equals(count));
    }

    private static void upload(Browser browser, Path file) {
        browser.open(appUrl() + "/app/contacts/import.xhtml");
        browser.waitForText("Importer des contacts ou des médias");
        browser.click("#upload\\:target\\:1"); // Médias
        browser.attach("#upload input[type=file]", file);
        browser.click("#upload\\:read");
        browser.waitForText("Colonne du fichier");
    }

    @Test
    void thePersonChoosesWhatUnknownValuesBecomeAndFindsThemChosenNextTime() throws Exception {
        String directeur = Agencies.signUp(Agencies.slug("annuaire"), PASSWORD);
        Path file = Path.of(ValueMappingBrowserIT.class.getResource("/imports/vocabulary/annuaire-medias.tsv").toURI());
        try (Browser browser = new Browser(1400, 1000)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/home");
                browser.keycloakLogin(directeur, PASSWORD);
                upload(browser, file);
                assertTrue(browser.text().contains("60 lignes"), browser.text());
                browser.click("#mapping\\:save .ui-chkbox-box");
                browser.type("#mapping\\:mappingName", "Annuaire public");
                browser.click("#mapping\\:preview");

                browser.waitForText("Valeurs des colonnes à choix");
                assertTrue(browser.text().contains("Presse (généraliste politique économique)"), browser.text());
                assertEquals("PRESSE_ECRITE", becomes(browser, "OUTLET_TYPE:Presse (généraliste  politique  économique)"));
                assertEquals("WEB", becomes(browser, "OUTLET_TYPE:Site"));
                assertEquals("SEMESTRIEL", becomes(browser, "OUTLET_PERIODICITY:Semestriel"));
                assertEquals("", becomes(browser, "OUTLET_TYPE:Web TV"), "to choose");
                assertEquals("60", browser.find("#count-create").getText());
                assertEquals("0", browser.find("#count-reject").getText());
                assertEquals("2", browser.find("#count-warn").getText(), "Web TV and Autre, imported empty with a remark");
                browser.screenshot("values-01-proposed");

                browser.select("select[data-value='OUTLET_TYPE:Web TV']", "TV");
                waitForCount(browser, "count-warn", "1");
                browser.select("select[data-value='OUTLET_TYPE:Autre']", "REJECT");
                waitForCount(browser, "count-reject", "1");
                assertEquals("TV", becomes(browser, "OUTLET_TYPE:Web TV"));
                assertEquals("0", browser.find("#count-warn").getText());
                browser.screenshot("values-02-chosen");

                browser.click("#preview\\:start");
                browser.waitForText("Rapport d'import");
                assertEquals("59", browser.find("#created").getText());
                assertEquals("1", browser.find("#rejected").getText());
                assertTrue(browser.text().contains("valeur que vous avez choisi de refuser (Autre)"), browser.text());
                browser.screenshot("values-03-report");

                // the same source again: the saved mapping brings the choices back
                upload(browser, file);
                browser.waitForText("appliquée");
                assertTrue(browser.text().contains("Annuaire public"), browser.text());
                browser.click("#mapping\\:preview");
                browser.waitForText("Valeurs des colonnes à choix");
                assertEquals("TV", becomes(browser, "OUTLET_TYPE:Web TV"));
                assertEquals("REJECT", becomes(browser, "OUTLET_TYPE:Autre"));
                assertTrue(browser.text().contains("votre choix"), browser.text());
                browser.screenshot("values-04-reused");
            });
        }
    }
}
