package io.relance.domain.sms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a reply that asks to stop ("STOP", "Stop.", "stop svp", "ARRÊT", "désabonner",
 * "unsubscribe"...): the first word, accents and punctuation removed. "Stop, je rappelle demain"
 * stops too: when in doubt, the person is not called again.
 */
public final class StopWords {

    private static final Set<String> WORDS = Set.of("stop", "stopp", "arret", "arreter", "arretez", "desabonner",
            "desabonnement", "desinscrire", "desinscription", "unsubscribe", "cancel", "end", "quit", "stopsms", "halt");

    private StopWords() {
    }

    public static boolean asksToStop(String reply) {
        if (reply == null) {
            return false;
        }
        String folded = Normalizer.normalize(reply, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").strip();
        if (folded.isEmpty()) {
            return false;
        }
        String first = folded.split("\\s+")[0];
        return WORDS.contains(first) || folded.replace(" ", "").equals("stopsms");
    }
}
