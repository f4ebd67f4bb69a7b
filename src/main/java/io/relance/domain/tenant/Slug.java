package io.relance.domain.tenant;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules of an agency slug: short, lowercase, URL- and claim-safe, chosen once. */
public final class Slug {

    public static final int MIN = 3;
    public static final int MAX = 30;
    private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

    private Slug() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() >= MIN && slug.length() <= MAX && VALID.matcher(slug).matches()
                && !slug.contains("--");
    }

    /** A slug suggested from the agency's name: "Agence Démo" → "agence-demo". */
    public static String suggest(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > MAX ? slug.substring(0, MAX).replaceAll("-+$", "") : slug;
    }
}
