package io.relance.domain.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a person shows in free text, for a GDPR erasure: their email, their name (first and last in
 * either order, or the last name alone as a word; accents optional, as a URL or a typed note drops
 * them), their numbers in every form people write (E.164, "+33 6 12 34 56 78", "06.12.34.56.78",
 * "0033 6…", or without the leading 0). {@link #redact} replaces each mention by {@link #ERASED}.
 */
public final class PersonTraces {

    public static final String ERASED = "[effacé]";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String SEP = "[\\s.\\-/]?";
    /** A last name shorter than this alone is too likely a common word to be taken for the person. */
    private static final int LAST_NAME_ALONE_MIN = 4;

    private final List<Pattern> patterns;
    private final String email;
    private final String lastName;
    private final List<String> phones;

    private PersonTraces(List<Pattern> patterns, String email, String lastName, List<String> phones) {
        this.patterns = patterns;
        this.email = email;
        this.lastName = lastName;
        this.phones = phones;
    }

    /** {@code numbers}: the person's numbers in E.164 (mobile, landline, a number marked wrong). */
    public static PersonTraces of(String firstName, String lastName, String email, List<String> numbers) {
        List<Pattern> patterns = new ArrayList<>();
        String first = blank(firstName) ? null : firstName.strip();
        String last = blank(lastName) || "—".equals(lastName.strip()) ? null : lastName.strip();
        if (!blank(email)) {
            patterns.add(Pattern.compile(Pattern.quote(email.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        if (first != null && last != null) {
            patterns.add(words(name(first) + "[\\s\\-_.+]+" + name(last)));
            patterns.add(words(name(last) + "[\\s\\-_.+,]+" + name(first)));
        }
        if (last != null && last.length() >= LAST_NAME_ALONE_MIN) {
            patterns.add(words(name(last)));
        }
        List<String> phones = new ArrayList<>();
        for (String e164 : new LinkedHashSet<>(numbers)) {
            Pattern phone = phone(e164);
            if (phone != null) {
                patterns.add(phone);
                phones.add(e164);
            }
        }
        return new PersonTraces(List.copyOf(patterns), blank(email) ? null : email.strip(), last, List.copyOf(phones));
    }

    /** Whether the text mentions the person. */
    public boolean in(String text) {
        return text != null && patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** The text with every mention of the person replaced; the same text when there is none. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Pattern p : patterns) {
            out = p.matcher(out).replaceAll(Matcher.quoteReplacement(ERASED));
        }
        return out;
    }

    /**
     * Plain substrings at least one of which any mention contains (for a database's LIKE before the
     * exact check here): the email, the last name, the last two digits of each number.
     */
    public Set<String> hints() {
        Set<String> hints = new LinkedHashSet<>();
        if (email != null) {
            hints.add(email);
        }
        if (lastName != null) {
            hints.add(lastName);
        }
        phones.forEach(p -> hints.add(p.substring(p.length() - 2)));
        return hints;
    }

    /** The person's numbers (E.164), as the SMS tables keep them. */
    public List<String> numbers() {
        return phones;
    }

    public String email() {
        return email;
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    private static Pattern words(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Each accented letter also without its accent ("Zébulon" matches "Zebulon"). */
    private static String name(String s) {
        StringBuilder regex = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            String base = Normalizer.normalize(c, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (Character.isWhitespace(cp) || cp == '-' || cp == '\'') {
                regex.append("[\\s\\-_.'’]+");
            } else if (!base.isEmpty() && !base.equals(c)) {
                regex.append("(?:").append(Pattern.quote(c)).append('|').append(Pattern.quote(base)).append(')');
            } else {
                regex.append(Pattern.quote(c));
            }
        });
        return regex.toString();
    }

    /** The national significant number, after "+CC", "00CC", "0" or nothing, any separators between digits. */
    private static Pattern phone(String e164) {
        if (blank(e164)) {
            return null;
        }
        try {
            PhoneNumber n = UTIL.parse(e164.strip(), null);
            String national = UTIL.getNationalSignificantNumber(n);
            String digits = String.join(SEP, national.split(""));
            String prefix = "(?:(?:\\+|00)" + SEP + n.getCountryCode() + SEP + "(?:\\(0\\)" + SEP + ")?|0" + SEP + ")?";
            return Pattern.compile("(?<!\\d)" + prefix + digits + "(?!\\d)");
        } catch (NumberParseException e) {
            return Pattern.compile(Pattern.quote(e164.strip()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
