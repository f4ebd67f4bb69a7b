package io.relance.domain.sms;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An alphanumeric sender name as operators accept it: 1 to 11 characters, Latin letters, digits,
 * spaces and a few signs, with at least one letter (a digits-only sender is read as a number).
 */
public final class SenderName {

    private static final Pattern ALLOWED = Pattern.compile("^[A-Za-z0-9 .&'_-]{1,11}$");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");

    private SenderName() {
    }

    /** The problem's message key, or empty when the name is valid. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("sms.sender.required");
        }
        String n = name.strip();
        if (n.length() > 11) {
            return Optional.of("sms.sender.long");
        }
        if (!ALLOWED.matcher(n).matches()) {
            return Optional.of("sms.sender.characters");
        }
        if (!LETTER.matcher(n).find()) {
            return Optional.of("sms.sender.letter");
        }
        return Optional.empty();
    }
}
