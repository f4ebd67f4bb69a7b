package io.relance.interfaces.web.outage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unavailable page's "Réessayer" goes back to a page of ours, never to another site. */
class UnavailablePageTest {

    @Test
    void aPageOfTheApplicationIsRetried() {
        assertTrue(UnavailablePage.safe("", "/app/journee/today.xhtml"));
        assertTrue(UnavailablePage.safe("", "/app/contacts/edit.xhtml?id=12&from=list"));
        assertTrue(UnavailablePage.safe("/relance", "/relance/app/home"));
    }

    @Test
    void anythingElseIsNot() {
        assertFalse(UnavailablePage.safe("", null));
        assertFalse(UnavailablePage.safe("", "https://evil.example/"));
        assertFalse(UnavailablePage.safe("", "//evil.example/app"));
        assertFalse(UnavailablePage.safe("", "/\\evil.example"));
        assertFalse(UnavailablePage.safe("", "/app/../../etc"));
        assertFalse(UnavailablePage.safe("", "/app\r\nSet-Cookie: x=y"));
        assertFalse(UnavailablePage.safe("", "javascript:alert(1)"));
        assertFalse(UnavailablePage.safe("/relance", "/other/app"));
    }
}
