package io.relance.application.mail;

import io.relance.application.common.Refused;
import io.relance.domain.contact.Problem;

import java.util.List;

/** A release email refused (its text) or an email that cannot be written (no address, opted out). */
public class MailException extends Refused {

    public MailException(List<Problem> problems) {
        super(problems);
    }

    public MailException(String field, String key) {
        super(field, key);
    }
}
