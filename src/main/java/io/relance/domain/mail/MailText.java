package io.relance.domain.mail;

import io.relance.domain.contact.Problem;
import io.relance.domain.sms.SmsTemplate;

import java.util.List;
import java.util.Map;

/**
 * An email's subject and text with variables, for one person: the release's and the sales
 * documents' (each kind knows its own variables). Rendering is the SMS template's, so that every
 * channel says a name the same way.
 */
public final class MailText {

    private MailText() {
    }

    /** The subject for one person: on one line, whatever was typed (no header can be injected). */
    public static String subject(String template, Map<String, String> values, List<String> known) {
        return SmsTemplate.render(template, values, known).replaceAll("\\s+", " ");
    }

    /** The text for one person; line breaks and blank lines are kept (they make the paragraphs). */
    public static String body(String template, Map<String, String> values, List<String> known) {
        StringBuilder out = new StringBuilder();
        // rendered line by line: the SMS rendering folds spaces, which must not join two lines
        for (String line : (template == null ? "" : template).strip().split("\\R", -1)) {
            out.append(SmsTemplate.render(line, values, known)).append('\n');
        }
        return out.toString().strip();
    }

    /** One problem {@code key} per variable of {@code text} that is not among {@code known}. */
    public static void unknownVariables(String field, String text, List<String> known, String key, List<Problem> problems) {
        if (text != null && !text.isBlank()) {
            SmsTemplate.unknown(text, known).forEach(v -> problems.add(new Problem(field, key, v)));
        }
    }
}
