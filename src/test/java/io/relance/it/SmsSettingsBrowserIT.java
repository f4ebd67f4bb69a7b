package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A directeur moves the agency's SMS from the outbox to an HTTP aggregator on the settings page:
 * Twilio's address is proposed, a missing token is said under its field, once saved the token is
 * not shown again and the page gives the address to paste for incoming SMS.
 */
@ExtendWith(ArquillianExtension.class)
class SmsSettingsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aDirecteurSwitchesToAnHttpAggregator() throws Exception {
        String slug = Agencies.slug("sms-page");
        String password = "Sms-page-2026!";
        String directeur = Agencies.signUp(slug, password);
        try (Browser browser = new Browser(1280, 900)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/agence/sms.xhtml");
                browser.keycloakLogin(directeur, password);
                browser.waitForText("Envoi des SMS");
                browser.select("#settings\\:kind", "HTTP");
                assertEquals("https://api.twilio.com", browser.find("#settings\\:apiUrl").getAttribute("value"),
                        "Twilio's address is proposed");
                browser.type("#settings\\:sender", "AgencePage");
                browser.type("#settings\\:account", "AC0123456789abcdef0123456789abcdef");
                browser.click("#settings\\:save");
                browser.waitForText("Le jeton est obligatoire.");
                browser.screenshot("sms-settings-01-token-missing");

                browser.type("#settings\\:token", "secret-token-42");
                browser.click("#settings\\:save");
                browser.waitForText("Réglages SMS enregistrés.");
                String url = browser.find("#settings\\:inboundUrl").getText();
                assertTrue(url.matches("http://localhost:\\d+/api/sms/hooks/[A-Za-z0-9_-]{43}/inbound"), url);
                assertFalse(browser.driver().getPageSource().contains("secret-token-42"), "the token is never sent back to the page");
                browser.screenshot("sms-settings-02-http-saved");

                // the cloud's metadata service as the "aggregator": refused, in words the directeur understands
                browser.type("#settings\\:apiUrl", "http://169.254.169.254/latest/meta-data");
                browser.click("#settings\\:save");
                browser.waitForText("Adresse refusée : ce serveur est sur un réseau interne");
                browser.screenshot("sms-settings-03-internal-refused");
            });
        }
    }
}
