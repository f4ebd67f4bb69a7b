package io.relance.domain.contact;

/**
 * Why a value was refused: the field, a message key of the resource bundle, and the value as typed
 * (shown back to the user so that they can find it in their file).
 */
public record Problem(String field, String key, String value) {

    /** A refusal that shows nothing back (a required field left empty, a form-wide reason). */
    public Problem(String field, String key) {
        this(field, key, "");
    }
}
