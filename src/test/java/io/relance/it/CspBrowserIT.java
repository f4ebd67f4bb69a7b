package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;

import static io.relance.it.Agencies.id;
import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the Content-Security-Policy on, every page of every role loads and its usual ajax works (a
 * dialog opens and closes, a table pages and sorts, charts draw) without a single violation in the
 * browser's console: a blocked script would be a button that silently does nothing. A campaign and
 * a client named like a script stay text. Screenshots of failures under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class CspBrowserIT {

    static final String HOSTILE = "</script><script>window.pwned=1</script>";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void theDirecteursPagesRunUnderThePolicy() throws Exception {
        String token = Tokens.accessToken("directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        long festival = Agencies.demoFestival();
        String contacts = Tokens.get("/api/contacts", token).body();
        long contact = id(contacts.substring(contacts.indexOf("\"rows\"")));
        try (Browser browser = new Browser(1400, 1000)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/home");
                browser.keycloakLogin("directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
                browser.waitForText("L'équipe");
                assertCspOn(browser);

                // a dialog opened by ajax, closed by a button whose onclick PrimeFaces moved into a nonce'd script
                browser.click("[id$=':edit-role']");
                browser.find("#roleForm\\:save");
                browser.click("#roleForm button[type='button']");
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(d -> !d.findElement(By.id("roleDialog")).isDisplayed());

                visit(browser, "/app/agence/dashboard.xhtml", "#monthsChart canvas");
                browser.find("#callersChart canvas");
                visit(browser, "/app/agence/sms.xhtml", "main h1");
                visit(browser, "/app/agence/offres.xhtml", "#emailSubject, [id$='emailSubject']");
                visit(browser, "/app/agence/sequences.xhtml", "main h1");
                visit(browser, "/app/agence/qualification.xhtml", "main h1");

                visit(browser, "/app/contacts/list.xhtml", "#contacts\\:table");
                browser.click("#contacts\\:table th.ui-sortable-column"); // sorts by ajax
                settle(browser);
                browser.select("#contacts\\:table select.ui-paginator-rpp-options", "50"); // pages by ajax
                settle(browser);
                visit(browser, "/app/contacts/contact.xhtml?id=" + contact, "main h1");
                visit(browser, "/app/contacts/edit.xhtml?id=" + contact, "main h1");
                visit(browser, "/app/contacts/import.xhtml", "main h1");
                visit(browser, "/app/contacts/outlets.xhtml", "main h1");
                visit(browser, "/app/contacts/suppression.xhtml", "main h1");

                visit(browser, "/app/campagnes/list.xhtml", ".campaign-link");
                browser.select("#campaigns\\:status", "DONE"); // a filter that updates the table by ajax
                settle(browser);
                browser.waitForText("Festival Jazz en Seine");
                visit(browser, "/app/campagnes/edit.xhtml", "main h1");
                visit(browser, "/app/campagnes/campaign.xhtml?id=" + festival, "main h1");
                visit(browser, "/app/campagnes/bilan.xhtml?id=" + festival, "main h1");
                visit(browser, "/app/campagnes/dashboard.xhtml?id=" + festival, "#funnelChart canvas");
                browser.find("#callerChart canvas");
                browser.find("#periodicityChart canvas");
                visit(browser, "/app/campagnes/coverage.xhtml?id=" + festival, "main h1");
                visit(browser, "/app/campagnes/client-space.xhtml?id=" + festival, "main h1");
                visit(browser, "/app/campagnes/prospects.xhtml?id=" + festival, "main h1");
                visit(browser, "/app/campagnes/outbox.xhtml", "main h1");
                visit(browser, "/app/journee/today.xhtml", "main h1");
                browser.assertNoCspViolation();
            });
        }
    }

    @Test
    void aCampaignNamedLikeAScriptStaysText() throws Exception {
        String slug = Agencies.slug("csp");
        String password = "Politique2026x";
        String directeur = Tokens.accessToken(Agencies.signUp(slug, password), password);
        long client = id(Tokens.postJson("/api/clients", directeur, "{\"name\":\"" + json(HOSTILE) + "\"}").body());
        long campaign = id(Tokens.postJson("/api/campaigns", directeur, "{\"clientId\":" + client + ",\"kind\":\"PRESS_RELEASE\","
                + "\"subject\":\"" + json(HOSTILE) + "\",\"sendDate\":\"" + LocalDate.now().plusDays(3) + "\"}").body());
        try (Browser browser = new Browser(1400, 1000)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/campagnes/list.xhtml");
                browser.keycloakLogin("dir@" + slug + ".fr", password);
                browser.waitForText(HOSTILE);
                visit(browser, "/app/campagnes/campaign.xhtml?id=" + campaign, "#targeting");
                browser.waitForText(HOSTILE);
                visit(browser, "/app/campagnes/edit.xhtml?id=" + campaign, "main h1");
                visit(browser, "/app/campagnes/dashboard.xhtml?id=" + campaign, "#funnelChart canvas");
                browser.waitForText(HOSTILE);
                assertEquals(Boolean.TRUE, browser.script("return window.pwned === undefined;"), "the name ran as a script");
            });
        }
    }

    @Test
    void theOtherRolesAndThePublicPagesToo() throws Exception {
        try (Browser browser = new Browser(1400, 1000)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/journee/today.xhtml");
                browser.keycloakLogin("stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
                browser.find("main h1");
                assertCspOn(browser);
                browser.press("?"); // the keyboard script (an h:outputScript file) is loaded and harmless on any key
                visit(browser, "/app/contacts/list.xhtml", "#contacts\\:table");
                browser.click("#logout"); // a POST form: no script, nothing for the policy to block
                browser.waitForText("Créer mon agence");

                browser.open(appUrl() + "/app/campagnes/list.xhtml");
                browser.keycloakLogin("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
                browser.find(".campaign-link");
                visit(browser, "/app/agence/offres.xhtml", "main h1");
                visit(browser, "/app/contacts/import.xhtml", "main h1");
                browser.click("#logout"); // a POST form: no script, nothing for the policy to block
                browser.waitForText("Créer mon agence");

                browser.open(appUrl() + "/app/client/home.xhtml");
                browser.keycloakLogin("client@agence-demo.fr", RoleAccessIT.PASSWORD);
                browser.waitForText("Festival Jazz en Seine");
                browser.click(".client-campaign-link");
                browser.waitForText("Le processus");
                assertCspOn(browser);
                browser.click("#logout"); // a POST form: no script, nothing for the policy to block
                browser.waitForText("Créer mon agence");

                // the public pages; the language switch is a PrimeFaces link (its onclick moved to a nonce'd script)
                assertCspOn(browser);
                browser.click("#lang\\:en");
                browser.waitForText("Create my agency");
                browser.click("#lang\\:fr");
                browser.waitForText("Créer mon agence");
                visit(browser, "/signup.xhtml", "#signup");
                visit(browser, "/preferences", "form");
                visit(browser, "/unsubscribe?t=no-such-token", "#message");
                visit(browser, "/partage.xhtml?t=no-such-token", "main");
                visit(browser, "/nothing-here.xhtml", "#error-404");
                browser.assertNoCspViolation();
            });
        }
    }

    /** The detector itself: a script slipped into a page without the nonce is refused, and reported. */
    @Test
    void anInjectedScriptIsRefusedAndReported() throws Exception {
        try (Browser browser = new Browser(1000, 800)) {
            browser.open(appUrl() + "/");
            browser.find("#signup");
            browser.script("var s = document.createElement('script'); s.textContent = 'window.injected = 1;'; document.body.appendChild(s);");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !browser.cspViolations().isEmpty());
            assertEquals(Boolean.TRUE, browser.script("return window.injected === undefined;"), "the policy let an injected script run");
            assertTrue(browser.cspViolations().stream().anyMatch(v -> v.contains("script-src")), String.valueOf(browser.cspViolations()));
        }
    }

    /** Opens a page of the app, waits for it, and fails on the spot on a violation there. */
    private static void visit(Browser browser, String path, String selector) {
        browser.open(appUrl() + path);
        browser.find(selector);
        browser.assertNoCspViolation();
    }

    /** Waits for PrimeFaces' ajax queue to empty (the update applied, its scripts run). */
    private static void settle(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(browser.script("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** PrimeFaces runs in CSP mode: its scripts know the page's nonce (else this test would prove nothing). */
    private static void assertCspOn(Browser browser) {
        Object nonce = browser.script("return window.PrimeFaces && PrimeFaces.csp && PrimeFaces.csp.NONCE_VALUE || '';");
        assertFalse(String.valueOf(nonce).isEmpty(), "PrimeFaces is not in CSP mode on " + browser.url());
    }


    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
