package io.relance.domain.contact;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A closed choice (type, periodicity, tier...) that people write in many ways in their files:
 * "Presse écrite", "presse-ecrite", "print". Each constant lists the words it accepts; matching
 * ignores case, accents, spaces and punctuation.
 */
public interface Choice {

    /** The words, besides the constant's own name, that mean this choice. */
    String[] aliases();

    static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = fold(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> fold(c.name()).equals(key) || Arrays.stream(c.aliases()).anyMatch(a -> fold(a).equals(key)))
                .findFirst();
    }

    /** Lower case, no accents, letters and digits only: the form in which two spellings compare. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
