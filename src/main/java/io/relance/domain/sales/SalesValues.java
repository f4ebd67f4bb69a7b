package io.relance.domain.sales;

import io.relance.domain.mail.MailText;

import java.util.List;
import java.util.Map;

/**
 * What a sales template's variables say for one prospect: {prenom}, {nom}, {societe} (the contact's
 * outlet or company), {appelant} (who sends it), {agence}.
 */
public record SalesValues(String firstName, String lastName, String company, String caller, String agency) {

    public static final List<String> VARIABLES = List.of("prenom", "nom", "societe", "appelant", "agence");

    public Map<String, String> map() {
        return Map.of("prenom", nz(firstName), "nom", nz(lastName), "societe", nz(company), "appelant", nz(caller),
                "agence", nz(agency));
    }

    /** A subject or title for this prospect, on one line. */
    public String line(String template) {
        return MailText.subject(template, map(), VARIABLES);
    }

    /** A text for this prospect, its lines and paragraphs kept. */
    public String text(String template) {
        return MailText.body(template, map(), VARIABLES);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
