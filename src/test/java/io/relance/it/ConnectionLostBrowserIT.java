package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An AJAX request that gets no answer (issue 20: the load balancer's 502/503 while a node dies or
 * restarts, a dropped connection) is not silent: the page says the server did not answer and that
 * the action may not be saved; the button can be pressed again (PrimeFaces alone leaves it disabled)
 * and the next request that goes through clears the message. The browser itself
 * refuses the page's requests here (Chromium's network domain), as a dead node would.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectionLostBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void aSearchThatGetsNoAnswerSaysSoAndCanBeTriedAgain() throws Exception {
        try (Browser browser = new Browser(1280, 900)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/contacts/list.xhtml");
                browser.keycloakLogin("directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
                browser.find("#contacts\\:table");
                assertTrue(browser.driver().findElements(By.cssSelector("#connection-lost:not([hidden])")).isEmpty(),
                        "no banner while all is well");

                ChromeDriver chrome = (ChromeDriver) browser.driver();
                chrome.executeCdpCommand("Network.enable", Map.of());
                chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/app/contacts/list.xhtml*")));
                browser.click("#contacts\\:go");
                String said = new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> d.findElements(By.cssSelector("#connection-lost:not([hidden])")).stream()
                                .map(e -> e.getText()).filter(t -> !t.isBlank()).findFirst().orElse(null));
                browser.screenshot("connection-lost");
                assertTrue(said.contains("Le serveur n'a pas répondu") && said.contains("Réessayez"), said);

                chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
                browser.click("#contacts\\:go");
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> !d.findElements(By.cssSelector("#connection-lost[hidden]")).isEmpty());
            });
        }
    }
}
