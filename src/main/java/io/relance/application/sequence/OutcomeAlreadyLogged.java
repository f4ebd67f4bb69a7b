package io.relance.application.sequence;

import io.relance.application.common.Refused;
import io.relance.domain.contact.Problem;
import io.relance.domain.sequence.Outcome;

import java.util.List;

/**
 * An outcome posted for a call task that already has one: the same form sent twice (a double click,
 * a retry after the node that answered died mid-request). The first one stands; nothing is logged again,
 * and the caller is told which outcome was saved.
 */
public class OutcomeAlreadyLogged extends Refused {

    private final Outcome saved;

    public OutcomeAlreadyLogged(Outcome saved) {
        super(List.of(new Problem("outcome", "attempt.alreadyLogged", saved.name())));
        this.saved = saved;
    }

    /** The outcome logged the first time. */
    public Outcome saved() {
        return saved;
    }
}
