package io.relance.application.common;

import io.relance.domain.contact.Problem;
import jakarta.ejb.ApplicationException;

import java.util.List;

/** A change refused, with every problem found (each shown next to its field; 422 in the API). */
@ApplicationException(rollback = true, inherited = true)
public class Refused extends RuntimeException {

    private final List<Problem> problems;

    public Refused(List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).key());
        this.problems = List.copyOf(problems);
    }

    public Refused(String field, String key) {
        this(List.of(new Problem(field, key, "")));
    }

    public List<Problem> problems() {
        return problems;
    }
}
