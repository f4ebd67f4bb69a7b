package io.relance.domain.mail;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailBodyTest {

    private static final String URL = "https://app.test/unsubscribe?t=abc_-123";

    @Test
    void blankLinesMakeParagraphsAndSingleBreaksStay() {
        String html = MailBody.html("Bonjour Zoé,\n\nPremière ligne\nseconde ligne\r\n\r\n\nFin", "Pied", "se désinscrire", URL);
        assertTrue(html.contains("<p>Bonjour Zoé,</p><p>Première ligne<br>seconde ligne</p><p>Fin</p>"), html);
    }

    @Test
    void everythingTypedIsEscapedNeverMarkup() {
        String html = MailBody.html("<script>alert('x')</script> & \"Tom\"", "Agence <b>", "lien", URL);
        assertFalse(html.contains("<script>") || html.contains("Agence <b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Tom&quot;"), html);
        assertTrue(html.contains("Agence &lt;b&gt;"), html);
    }

    @Test
    void webAddressesBecomeLinksWithoutTheSentencesPunctuation() {
        String html = MailBody.html("Visuels : https://x.fr/a?b=1&c=2. Ou \"http://y.fr/z\"", "f", "l", URL);
        assertTrue(html.contains("<a href=\"https://x.fr/a?b=1&amp;c=2\">https://x.fr/a?b=1&amp;c=2</a>."), html);
        assertTrue(html.contains("&quot;<a href=\"http://y.fr/z\">http://y.fr/z</a>&quot;"), html);
    }

    @Test
    void bothPartsEndWithTheUnsubscribeLink() {
        assertEquals("Texte\n\n-- \nVous recevez ce message de A.\n" + URL + "\n",
                MailBody.text("Texte", "Vous recevez ce message de A.", URL));
        assertTrue(MailBody.html("Texte", "Pied", "se désinscrire", URL)
                .contains("Pied <a href=\"" + URL + "\">se désinscrire</a></p></body></html>"));
    }

    @Test
    void anInternalEmailEndsWithTheFooterAlone() {
        assertEquals("Texte\n\n-- \nMessage interne de A.\n", MailBody.text("Texte", "Message interne de A.", null));
        assertTrue(MailBody.html("Texte", "Message interne de A.", "se désinscrire", null)
                .endsWith("Message interne de A.</p></body></html>"));
    }
}
