package io.relance.domain.mail;

import io.relance.domain.contact.Problem;
import io.relance.domain.sms.SmsTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The release (or invitation) a campaign emails to its contacts: subject and text with the same
 * variables as the anchor SMS ({prenom}, {nom}, {sujet}, {appelant}, {agence}), and whether the
 * campaign sends its release by email ({@code atLaunch}, the column {@code email_at_launch}: the
 * emails are written at launch, and leave on the send date). Rendering is the SMS template's, so
 * that both channels say a name the same way.
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
        return MailText.subject(subject, values, SmsTemplate.VARIABLES);
    }

    /** The text for one person; line breaks and blank lines are kept (they make the paragraphs). */
    public String bodyFor(Map<String, String> values) {
        return MailText.body(body, values, SmsTemplate.VARIABLES);
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
        MailText.unknownVariables("subject", subject, SmsTemplate.VARIABLES, "mail.variable.unknown", problems);
        MailText.unknownVariables("body", body, SmsTemplate.VARIABLES, "mail.variable.unknown", problems);
        return problems;
    }
}
