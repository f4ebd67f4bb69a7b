package io.relance.domain.sms;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PreferencesLineTest {

    private static final String URL = "https://relance.fr/preferences";

    @Test
    void addedAfterTheStopLineWhenTheSegmentHasRoom() {
        assertEquals("Bonjour, je vous appelle demain. STOP au 36xxx. Préférences : https://relance.fr/preferences",
                PreferencesLine.append("Bonjour, je vous appelle demain. STOP au 36xxx.", URL));
    }

    @Test
    void neverAtTheCostOfAnotherSegmentNorOfUcs2() {
        String full = "Bonjour Claire, Léa de Agence Démo : je vous ai envoyé \"Collection d'hiver\" et vous appelle aujourd'hui. "
                + "STOP pour ne plus recevoir nos appels.";
        assertEquals(1, SmsText.of(full).segments());
        assertEquals(full, PreferencesLine.append(full, URL), "it would take a second SMS");
        String ucs2 = "Prêt ? " + "x".repeat(50) + " STOP"; // ê is not GSM-7: 70 characters a segment
        assertEquals(ucs2, PreferencesLine.append(ucs2, URL), "no second UCS-2 segment for it");
        assertEquals("Prêt ? STOP Préférences : https://relance.fr/preferences", PreferencesLine.append("Prêt ? STOP", URL),
                "a short UCS-2 text keeps room");
    }

    @Test
    void notWithoutAStopLine() {
        assertEquals("Bonjour, à demain.", PreferencesLine.append("Bonjour, à demain.", URL));
    }
}
