package io.relance.application.common;

import io.relance.domain.contact.Problem;
import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A change or request refused, with every problem found: the one type screens catch to show each
 * problem next to its field, and the API answers 422 with. Subtypes exist only where a caller answers
 * differently (a team change or a halt is 409, an unreadable file 413/422 with its sentence, a
 * reserved contact 403, a search too long 400).
 */
@ApplicationException(rollback = true, inherited = true)
public class Refused extends RuntimeException {

    private final List<Problem> problems;

    public Refused(List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).key());
        this.problems = List.copyOf(problems);
    }

    public Refused(String field, String key) {
        this(List.of(new Problem(field, key)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
