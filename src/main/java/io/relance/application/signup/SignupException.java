package io.relance.application.signup;

import java.util.List;

/** The sign-up was refused; nothing of it remains. Each error names a field (or "form") and a message key. */
@jakarta.ejb.ApplicationException(rollback = true)
public class SignupException extends RuntimeException {

    private final List<FieldError> errors;

    public SignupException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public SignupException(String field, String messageKey) {
        this(List.of(new FieldError(field, messageKey)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
