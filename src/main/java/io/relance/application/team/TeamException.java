package io.relance.application.team;

import io.relance.application.common.Refused;
import io.relance.domain.contact.Problem;

import java.util.List;

/**
 * A team change that was refused. A {@link Refused} like the others for the screens; its own type
 * because the API answers it 409 with the first field and message key (its contract since v1).
 */
public class TeamException extends Refused {

    public TeamException(List<Problem> problems) {
        super(problems);
    }

    public TeamException(String field, String messageKey) {
        super(field, messageKey);
    }

    /** The field the API names: the first problem's. */
    public String field() {
        return problems().get(0).field();
    }

    /** The message key the API answers: the first problem's. */
    public String messageKey() {
        return problems().get(0).key();
    }
}
