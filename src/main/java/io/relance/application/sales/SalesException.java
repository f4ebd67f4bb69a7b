package io.relance.application.sales;

import io.relance.application.mail.MailException;
import io.relance.domain.contact.Problem;

import java.util.List;

/** A template refused (its fields, its PDF) or a document that cannot be sent (no address, opted out, archived). */
public class SalesException extends MailException {

    public SalesException(List<Problem> problems) {
        super(problems);
    }

    public SalesException(String field, String key) {
        super(field, key);
    }
}
