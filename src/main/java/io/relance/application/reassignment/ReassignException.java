package io.relance.application.reassignment;

import io.relance.application.common.Refused;

/** A reassignment refused (a target the rule forbids, a bad period), with the message key that says why. */
public class ReassignException extends Refused {

    public ReassignException(String field, String key) {
        super(field, key);
    }
}
