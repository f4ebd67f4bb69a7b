package io.relance.domain.sms;

import io.relance.domain.contact.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchor SMS's text with its variables: {prenom}, {nom}, {sujet}, {appelant}, {agence},
 * {delai}. An unknown variable is a problem the editor shows, not a literal sent to a journalist.
 */
public record SmsTemplate(String text) {

    /** The anchor SMS when a campaign has not written its own (GSM-7 only: one segment, no UCS-2). */
    public static final SmsTemplate DEFAULT = new SmsTemplate("Bonjour {prenom}, {appelant} de {agence} : je vous ai envoyé "
            + "\"{sujet}\" et vous appelle {delai}. STOP pour ne plus recevoir nos appels.");

    /** The campaign's own text, or the default. */
    public static SmsTemplate orDefault(String text) {
        return text == null || text.isBlank() ? DEFAULT : new SmsTemplate(text);
    }

    public static final List<String> VARIABLES = List.of("prenom", "nom", "sujet", "appelant", "agence", "delai");
    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Zé]+)}");

    public String render(Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text == null ? "" : text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String value = VARIABLES.contains(name) ? values.getOrDefault(name, "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.strip()));
        }
        m.appendTail(out);
        // an empty value leaves no double space nor a space before a comma or a full stop
        return out.toString().replaceAll(" {2,}", " ").replaceAll(" ([,.])", "$1").strip();
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new Problem("text", "sms.text.required", ""));
            return problems;
        }
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            if (!VARIABLES.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new Problem("text", "sms.variable.unknown", m.group()));
            }
        }
        if (text.length() > 800) {
            problems.add(new Problem("text", "sms.text.long", String.valueOf(text.length())));
        }
        return problems;
    }
}
