package io.relance.application.contacts;

import io.relance.application.common.Refused;
import io.relance.domain.contact.Problem;

import java.util.List;

/** A contact or outlet change refused, with every problem found (shown next to each field). */
public class ContactException extends Refused {

    public ContactException(List<Problem> problems) {
        super(problems);
    }

    public ContactException(String field, String key) {
        super(field, key);
    }
}
