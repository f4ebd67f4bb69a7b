package io.relance.application.common;

import jakarta.ejb.ApplicationException;

/** The id names nothing in the caller's agency (it may exist in another one: the answer is the same 404). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
