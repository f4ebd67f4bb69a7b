package io.relance.domain.sales;

import io.relance.domain.contact.Problem;
import io.relance.domain.mail.MailText;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A quote or proposal template as typed: its name, the email's subject and text, and where its
 * document comes from (with the title and text of a generated one). {@link #problems} says what
 * is wrong, field by field; the PDF itself is checked where it is read.
 */
public record SalesTemplateInput(String name, String emailSubject, String emailBody, DocumentSource source, String docTitle,
                                 String docBody) implements Serializable {

    public static final int NAME_MAX = 120;
    public static final int SUBJECT_MAX = 200;
    /** TEXT columns hold 65,535 bytes: 10,000 characters fit even when each takes four. */
    public static final int TEXT_MAX = 10_000;

    /** {@code hasPdf}: a PDF was just uploaded, or the template keeps the one it has. */
    public List<Problem> problems(boolean hasPdf) {
        List<Problem> problems = new ArrayList<>();
        required("name", name, NAME_MAX, problems);
        required("emailSubject", emailSubject, SUBJECT_MAX, problems);
        required("emailBody", emailBody, TEXT_MAX, problems);
        if (source == null) {
            problems.add(new Problem("source", "sales.source.required", ""));
        } else if (source == DocumentSource.GENERATED) {
            required("docTitle", docTitle, SUBJECT_MAX, problems);
            required("docBody", docBody, TEXT_MAX, problems);
        } else if (!hasPdf) {
            problems.add(new Problem("pdf", "sales.pdf.required", ""));
        }
        for (String[] field : new String[][]{{"emailSubject", emailSubject}, {"emailBody", emailBody}, {"docTitle", docTitle},
                {"docBody", docBody}}) {
            MailText.unknownVariables(field[0], field[1], SalesValues.VARIABLES, "sales.variable.unknown", problems);
        }
        return problems;
    }

    /** The same input, trimmed; an empty document title or text is none. */
    public SalesTemplateInput cleaned() {
        return new SalesTemplateInput(strip(name), strip(emailSubject), strip(emailBody), source, strip(docTitle), strip(docBody));
    }

    private static void required(String field, String value, int max, List<Problem> problems) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            problems.add(new Problem(field, "sales." + field + ".required", ""));
        } else if (v.length() > max) {
            problems.add(new Problem(field, "sales.text.long", String.valueOf(max)));
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
