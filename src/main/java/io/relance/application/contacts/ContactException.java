package io.relance.application.contacts;

import io.relance.domain.contact.Problem;
import jakarta.ejb.ApplicationException;

import java.util.List;

/** A contact or outlet change refused, with every problem found (shown next to each field). */
@ApplicationException(rollback = true)
public class ContactException extends RuntimeException {

    private final List<Problem> problems;

    public ContactException(List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).key());
        this.problems = List.copyOf(problems);
    }

    public ContactException(String field, String key) {
        this(List.of(new Problem(field, key, "")));
    }

    public List<Problem> problems() {
        return problems;
    }
}
