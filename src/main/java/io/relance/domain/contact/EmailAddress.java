package io.relance.domain.contact;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The check people expect from a form: one @, no spaces, a domain with a dot; stored in lower case so
 * that duplicates are found whatever the capitals. Deliverability is the mail server's business.
 */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");

    private EmailAddress() {
    }

    /** The normalised address, null for an empty one; throws nothing, see {@link #isValid}. */
    public static String normalize(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String normalized) {
        return normalized != null && normalized.length() <= 254 && !normalized.contains("..")
                && SHAPE.matcher(normalized).matches();
    }
}
