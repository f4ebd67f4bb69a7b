package io.relance.domain.contact;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A closed choice (type, periodicity, tier...) that people write in many ways in their files:
 * "Presse écrite", "presse-ecrite", "print". Each constant lists the words it accepts in its
 * {@link Aliases} annotation, read here for every choice; matching ignores case, accents, spaces
 * and punctuation.
 */
public interface Choice {

    /** The words, besides the constant's own name, that mean this choice. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Aliases {
        String[] value();
    }

    static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = fold(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> fold(c.name()).equals(key) || Arrays.stream(aliases(type, c)).anyMatch(a -> fold(a).equals(key)))
                .findFirst();
    }

    private static <E extends Enum<E>> String[] aliases(Class<E> type, E constant) {
        try {
            Aliases aliases = type.getField(constant.name()).getAnnotation(Aliases.class);
            return aliases == null ? new String[0] : aliases.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e); // an enum constant is always a public field of its type
        }
    }

    /** Lower case, no accents, letters and digits only: the form in which two spellings compare. */
    static String fold(String text) {
        return fold(text, false);
    }

    /** As {@link #fold}, each other sign (space, punctuation) becoming a space: the words of a text, folded. */
    static String foldKeepingWords(String text) {
        return fold(text, true);
    }

    private static String fold(String text, boolean spaces) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else if (spaces && Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(' ');
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
