package io.relance.domain.sms;

import io.relance.domain.contact.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchor SMS's text with its variables: {prenom}, {nom}, {sujet}, {appelant}, {agence},
 * {delai} (the promised day of the first call), {horizon} (by when the last call is made, see
 * {@link CallPromise}). An unknown variable is a problem the editor shows, not a literal sent to a journalist.
 */
public record SmsTemplate(String text) {

    /** The anchor SMS when a campaign has not written its own (GSM-7 only: one segment, no UCS-2). */
    public static final SmsTemplate DEFAULT = new SmsTemplate("Bonjour {prenom}, {appelant} de {agence} : je vous ai envoyé "
            + "\"{sujet}\" et vous appelle {delai}. STOP pour ne plus recevoir nos appels.");

    /** The campaign's own text, or the default. */
    public static SmsTemplate orDefault(String text) {
        return text == null || text.isBlank() ? DEFAULT : new SmsTemplate(text);
    }

    public static final List<String> VARIABLES = List.of("prenom", "nom", "sujet", "appelant", "agence", "delai", "horizon");
    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Zé]+)}");

    /** Whether the text names the day of the call: then the SMS makes a promise the agency keeps. */
    public boolean promisesADay() {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains("{delai}");
    }

    public String render(Map<String, String> values) {
        return render(text, values, VARIABLES);
    }

    /**
     * Any text with variables among {@code known} (an email of another kind knows others): a known
     * variable takes its value, an unknown one stays as typed, and spaces are folded the same way.
     */
    public static String render(String text, Map<String, String> values, List<String> known) {
        Matcher m = VARIABLE.matcher(text == null ? "" : text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String value = known.contains(name) ? values.getOrDefault(name, "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.strip()));
        }
        m.appendTail(out);
        // an empty value leaves no double space nor a space before a comma or a full stop
        return out.toString().replaceAll(" {2,}", " ").replaceAll(" ([,.])", "$1").strip();
    }

    /** The variables of {@code text} that are not among {@code known}, as typed ("{sujet}"). */
    public static List<String> unknown(String text, List<String> known) {
        List<String> unknown = new ArrayList<>();
        Matcher m = VARIABLE.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!known.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new Problem("text", "sms.text.required", ""));
            return problems;
        }
        unknown(text, VARIABLES).forEach(v -> problems.add(new Problem("text", "sms.variable.unknown", v)));
        if (text.length() > 800) {
            problems.add(new Problem("text", "sms.text.long", String.valueOf(text.length())));
        }
        return problems;
    }
}
