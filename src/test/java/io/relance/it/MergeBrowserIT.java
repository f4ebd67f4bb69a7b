package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static io.relance.it.Agencies.id;
import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 §2 in a browser: an agency has two cards for Claire Dubois at Le Monde, each with its own
 * past (one came from Les Echos, the other was first typed at Libération). The directeur opens
 * "Doublons possibles" from the contacts list, merges the pair taking the email of the second card,
 * confirms, and lands on the kept card: the chosen email, and both pasts under "Anciens médias".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MergeBrowserIT {

    static final String PASSWORD = "Fusion2026x";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void theDirecteurMergesAPairFromTheDuplicatesListTakingTheOtherCardsEmail() throws Exception {
        String slug = Agencies.slug("fusion");
        String directeur = Tokens.accessToken(Agencies.signUp(slug, PASSWORD), PASSWORD);
        long kept = id(ok(201, Tokens.postJson("/api/contacts", directeur, claire("Les Echos", "claire@lemonde.fr", "06 12 34 56 78"))));
        ok(200, Tokens.putJson("/api/contacts/" + kept, directeur, claire("Le Monde", "claire@lemonde.fr", "06 12 34 56 78")));
        long copy = id(ok(201, Tokens.postJson("/api/contacts", directeur, claire("Libération", "c.dubois@gmail.com", ""))));
        ok(200, Tokens.putJson("/api/contacts/" + copy + "?confirmHomonym=true", directeur, claire("Le Monde", "c.dubois@gmail.com", "")));

        try (Browser browser = new Browser(1400, 1000)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/contacts/list.xhtml");
                browser.keycloakLogin("dir@" + slug + ".fr", PASSWORD);
                browser.click("#go-duplicates");
                browser.waitForText("même nom, même média");
                browser.screenshot("merge-01-duplicates");
                browser.click("a.merge-pair");
                browser.waitForText("Cochez les valeurs à prendre de la fiche supprimée");
                assertEquals("c.dubois@gmail.com", browser.find("tr[data-field='EMAIL'] .other-value").getText());
                browser.click("tr[data-field='EMAIL'] input.take-other");
                browser.screenshot("merge-02-choices");
                browser.click("#merge\\:do-merge");
                browser.waitForText("Une fusion ne se défait pas");
                browser.screenshot("merge-03-confirm");
                browser.click("#merge\\:confirm-yes");
                browser.waitForText("Fiches fusionnées");
                assertEquals("c.dubois@gmail.com", browser.find("#email").getText(), "the value taken from the other card");
                String former = browser.find("#former-outlets").getText();
                assertTrue(former.contains("Anciens médias") && former.contains("Les Echos") && former.contains("Libération"),
                        "both cards' pasts: " + former);
                assertTrue(browser.url().contains("id=" + kept), browser.url());
                String record = browser.find("#merges").getText();
                assertTrue(record.contains("dir@" + slug + ".fr") && record.contains("Claire Dubois") && record.contains("n° " + copy),
                        "the merge is on record: " + record);
                browser.screenshot("merge-04-kept-card");
            });
        }
        assertEquals(404, Tokens.get("/api/contacts/" + copy, directeur).statusCode(), "the other card is gone");
        String pairs = Tokens.get("/api/contacts/duplicates", directeur).body();
        assertEquals(0, Agencies.number(pairs, "total"), "no pair left: " + pairs);
    }

    private static String claire(String outlet, String email, String mobile) {
        return "{\"firstName\":\"Claire\",\"lastName\":\"Dubois\",\"outletName\":\"" + outlet + "\",\"email\":\"" + email
                + "\",\"mobile\":\"" + mobile + "\"}";
    }

    private static String ok(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response.body();
    }
}
