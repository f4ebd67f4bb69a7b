package io.relance.application.team;

/** A team change that was refused, with the message key that says why. */
@jakarta.ejb.ApplicationException(rollback = true)
public class TeamException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public TeamException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
