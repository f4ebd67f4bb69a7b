package io.relance.it;

import org.openqa.selenium.JavascriptExecutor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client side of {@link PreferencePageBrowserIT}, kept apart so that the test class itself
 * loads in the server (which has no Selenium).
 */
final class PreferenceWalkthrough {

    private PreferenceWalkthrough() {
    }

    static void onAPhone(String email) throws Exception {
        try (Browser phone = new Browser(390, 844)) {
            phone.recordFailures(() -> {
                phone.open(appUrl() + "/preferences?lang=fr");
                phone.waitForText("Vos préférences de relance");
                fitsTheScreen(phone);
                phone.type("#email", email);
                phone.screenshot("preferences-01-ask-for-a-link");
                phone.click("#send");
                phone.waitForText("un lien vient d'y être envoyé");
                phone.screenshot("preferences-02-link-sent");

                phone.open(appUrl() + "/preferences?t=" + linkFor(email) + "&lang=fr"); // as the email writes it
                phone.waitForText("Par email uniquement");
                fitsTheScreen(phone);
                phone.click("#emailOnly");
                phone.type("#topics", "Culture, cinéma");
                phone.screenshot("preferences-03-form");
                phone.click("#save");
                phone.waitForText("Vos préférences sont enregistrées");
                fitsTheScreen(phone);
                phone.screenshot("preferences-04-saved");

                phone.open(appUrl() + "/preferences?lang=en");
                phone.waitForText("Your follow-up preferences");
                fitsTheScreen(phone);
                phone.click("#language");
                phone.waitForText("Vos préférences de relance");
            });
        }
    }

    /** Nothing wider than the phone: no sideways scrolling. */
    private static void fitsTheScreen(Browser phone) {
        JavascriptExecutor js = (JavascriptExecutor) phone.driver();
        long page = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long screen = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        assertTrue(page <= screen, "the page (" + page + " px) fits the phone (" + screen + " px)");
        long input = ((Number) js.executeScript("var e = document.querySelector('button');"
                + "return e ? e.getBoundingClientRect().height : 44;")).longValue();
        assertTrue(input >= 30, "buttons are large enough to touch (" + input + " px)");
    }

    /** The link the page's outbox holds for the address (nobody listens on the tests' SMTP port: it stays there). */
    private static String linkFor(String email) throws Exception {
        try (Connection c = TestDatabase.connect();
             PreparedStatement ps = c.prepareStatement("SELECT link_token FROM preference_mail WHERE to_email = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "a link was written for " + email);
                String token = rs.getString(1);
                assertEquals(43, token.length());
                return token;
            }
        }
    }
}
