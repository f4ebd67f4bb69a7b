package io.relance.application.signup;

/** A rejected form field and the message key (resource bundle) that explains why. */
public record FieldError(String field, String messageKey) {
}
