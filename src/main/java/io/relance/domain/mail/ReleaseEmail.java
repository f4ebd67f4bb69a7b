package io.relance.domain.mail;

import io.relance.domain.contact.Problem;
import io.relance.domain.sms.SmsTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The release (or invitation) a campaign emails to its contacts: subject and text with the same
 * variables as the anchor SMS ({prenom}, {nom}, {sujet}, {appelant}, {agence}), and whether it
 * leaves at launch. Rendering is the SMS template's, so that both channels say a name the same way.
 */
public record ReleaseEmail(String subject, String body, boolean atLaunch) {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 20_000;

    /** Whether there is something to send (a resend needs it even when nothing left at launch). */
    public boolean isWritten() {
        return subject != null && !subject.isBlank() && body != null && !body.isBlank();
    }

    /** The subject for one person: on one line, whatever was typed (no header can be injected). */
    public String subjectFor(Map<String, String> values) {
        return new SmsTemplate(subject).render(values).replaceAll("\\s+", " ");
    }

    /** The text for one person; line breaks and blank lines are kept (they make the paragraphs). */
    public String bodyFor(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        // rendered line by line: the SMS rendering folds spaces, which must not join two lines
        for (String line : body.strip().split("\\R", -1)) {
            out.append(new SmsTemplate(line).render(values)).append('\n');
        }
        return out.toString().strip();
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (atLaunch && (subject == null || subject.isBlank())) {
            problems.add(new Problem("subject", "mail.subject.required", ""));
        }
        if (atLaunch && (body == null || body.isBlank())) {
            problems.add(new Problem("body", "mail.body.required", ""));
        }
        if (subject != null && subject.strip().length() > SUBJECT_MAX) {
            problems.add(new Problem("subject", "mail.subject.long", String.valueOf(subject.strip().length())));
        }
        if (body != null && body.strip().length() > BODY_MAX) {
            problems.add(new Problem("body", "mail.body.long", String.valueOf(body.strip().length())));
        }
        unknownVariables("subject", subject, problems);
        unknownVariables("body", body, problems);
        return problems;
    }

    /** The SMS template knows the variables; its other rules (length, required) are the SMS's own. */
    private static void unknownVariables(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return;
        }
        new SmsTemplate(text).problems().stream().filter(p -> p.key().equals("sms.variable.unknown"))
                .forEach(p -> problems.add(new Problem(field, "mail.variable.unknown", p.value())));
    }
}
