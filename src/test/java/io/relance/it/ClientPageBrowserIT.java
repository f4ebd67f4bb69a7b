package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a phone-sized window, the demo festival's client logs in, finds the campaign of their brand and
 * reads its funnel and coverage and downloads its PDF; the page fits the screen (no sideways scrolling). Screenshots
 * under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class ClientPageBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aClientReadsTheFunnelOnAPhone() throws Exception {
        String chef = Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        long festival = Agencies.demoFestival();
        String totals = Tokens.get("/api/campaigns/" + festival + "/bilan", chef).body();
        long pieces = Tokens.get("/api/campaigns/" + festival + "/coverage", chef).body().split("\"title\"").length - 1;
        try (Browser browser = new Browser(390, 844)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/");
                browser.open(appUrl() + "/app/client/home.xhtml");
                browser.keycloakLogin("client@agence-demo.fr", RoleAccessIT.PASSWORD);
                browser.waitForText("Festival Jazz en Seine");
                browser.screenshot("client-01-home-phone");
                browser.click(".client-campaign-link");
                browser.waitForText("Le processus");
                assertEquals(String.valueOf(Agencies.number(totals, "enrolled")), browser.find("#f-targeted").getText());
                assertEquals(String.valueOf(Agencies.number(totals, "attempts")), browser.find("#f-attempts").getText());
                assertEquals(String.valueOf(Agencies.number(totals, "pickUps")), browser.find("#f-pickups").getText());
                assertEquals(String.valueOf(pieces), browser.find("#f-coverage").getText(), "the festival's coverage");
                assertTrue(browser.find("#coverage").getText().contains("Jazz en Seine : la soirée presse qui donne le ton"));
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
                assertEquals(Boolean.FALSE, overflow, "the page fits a phone's width");
                browser.screenshot("client-02-campaign-phone");
                browser.click("#tools\\:pdf");
                java.nio.file.Path pdf = browser.downloaded(".pdf");
                try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                    assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("Soirée presse du Festival Jazz en Seine"),
                            "the PDF of the campaign");
                }
            });
        }
    }
}
