package io.relance.domain.contact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonTracesTest {

    private final PersonTraces zebulon = PersonTraces.of("Zébulon", "Quasimodo", "zq@gazette.fr", List.of("+33612345678"));

    @Test
    void everyFormOfTheNumberIsFound() {
        for (String text : List.of("+33612345678", "+33 6 12 34 56 78", "06 12 34 56 78", "06.12.34.56.78", "0612345678",
                "0033 6 12 34 56 78", "+33 (0)6 12 34 56 78", "612345678", "invalid number 0612345678 refused")) {
            assertTrue(zebulon.in(text), text);
            assertFalse(zebulon.redact(text).matches(".*\\d{6}.*"), zebulon.redact(text));
        }
        assertFalse(zebulon.in("06 12 34 56 79"));
        assertFalse(zebulon.in("+336123456789"));
    }

    @Test
    void theNameAndTheEmailAreReplacedAndTheRestKept() {
        assertEquals("Rappeler [effacé] ([effacé]) demain", zebulon.redact("Rappeler Zébulon Quasimodo (ZQ@gazette.fr) demain"));
        assertEquals("[effacé] a dit non", zebulon.redact("QUASIMODO, Zebulon a dit non"));
        assertEquals("https://journal.fr/[effacé]-interview", zebulon.redact("https://journal.fr/zebulon-quasimodo-interview"));
        assertEquals("Quasimodos", zebulon.redact("Quasimodos"), "another word is not the name");
        assertEquals("Effacement RGPD", zebulon.redact("Effacement RGPD"));
    }
}
