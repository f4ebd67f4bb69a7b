package io.relance.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import static io.relance.it.Deployments.appUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pages bring PrimeFaces' theme and its texts in the reader's language themselves (the
 * templates, not PrimeFaces at render time, whose additions were saved with every page's state): a
 * button is the theme's blue, a date picker names the month in French, then in English once the
 * reader switches.
 */
@ExtendWith(ArquillianExtension.class)
class PageLookBrowserIT {

    /** The saga theme's button colour (#2196f3). */
    private static final String THEME_BLUE = "rgb(33, 150, 243)";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    @Test
    void theThemeAndTheDatePickersWordsFollowTheReader() throws Exception {
        java.time.Month now = LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getMonth();
        String month = now.getDisplayName(TextStyle.FULL, Locale.FRENCH);
        String monthEn = now.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        try (Browser browser = new Browser(1400, 1000)) {
            browser.recordFailures(() -> {
                browser.open(appUrl() + "/app/campagnes/edit.xhtml");
                browser.keycloakLogin("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
                browser.find("#campaign\\:sendDate_input");
                assertEquals(THEME_BLUE, browser.script("return getComputedStyle(document.querySelector('button.ui-button')).backgroundColor;"),
                        "the theme's stylesheet is not applied");

                browser.click("#campaign\\:sendDate_input");
                assertEquals(capitalized(month), browser.textOf(".ui-datepicker-title .ui-datepicker-month", null).trim(),
                        "the date picker does not speak French");

                browser.click("#lang\\:en");
                browser.find("#campaign\\:sendDate_input");
                browser.click("#campaign\\:sendDate_input");
                assertEquals(monthEn, browser.textOf(".ui-datepicker-title .ui-datepicker-month", null).trim(),
                        "the date picker does not speak English after the switch");
                browser.click("#lang\\:fr");
                browser.find("#campaign\\:sendDate_input");
                browser.assertNoCspViolation();
            });
        }
    }

    private static String capitalized(String s) {
        return s.substring(0, 1).toUpperCase(Locale.FRENCH) + s.substring(1);
    }
}
