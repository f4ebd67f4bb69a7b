package io.relance.domain.contact;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Collapsing spaces without a regex (issue 18 §3: every cell of a million lines passes here) gives what the regex gave. */
class TextTest {

    @Test
    void collapsesAsTheRegexDid() {
        assertEquals("Marie Curie", Text.clean("  Marie \t\n  Curie \r\n"));
        assertNull(Text.clean(" \t "));
        String plain = "Le Monde diplomatique";
        assertSame(plain, Text.collapse(plain), "nothing to collapse, nothing copied");
        String alphabet = " \t\n\u000B\f\ra\u00A0é,";
        Random random = new Random(18);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertEquals(text.replaceAll("\\s+", " "), Text.collapse(text), "«" + text + "»");
        }
    }
}
