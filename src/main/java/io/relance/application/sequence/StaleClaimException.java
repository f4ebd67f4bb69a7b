package io.relance.application.sequence;

import jakarta.ejb.ApplicationException;

/** Another node took these steps over (our lease ran out): roll back, they are done elsewhere. */
@ApplicationException(rollback = true)
public class StaleClaimException extends RuntimeException {

    public StaleClaimException(String tenant, int expected, int marked) {
        super("tenant " + tenant + ": " + marked + " of " + expected + " steps still ours");
    }
}
