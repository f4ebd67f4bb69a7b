package io.relance.application.sequence;

import io.relance.domain.contact.Withdrawn;

import java.time.Instant;
import java.util.List;

/**
 * The storage a "no" needs (the application's port; set-based SQL in infrastructure): what the
 * flagged contacts still have running ends, sequences close with who and why, and the person's state
 * is read at the moment of use.
 */
public interface WithdrawalStore {

    /** Ends what the flagged contacts among {@code contactIds} still have running. */
    Withdrawn withdraw(List<Long> contactIds, Instant now, String by, String reason);

    /** Closes these open sequences with a status, who and why. */
    Withdrawn close(List<Long> enrolmentIds, String status, Instant now, String by, String reason);

    /** Running sequences of people who want one call per release keep one call at most. */
    Withdrawn oneCallEach(List<Long> contactIds, Instant now, String by, String reason);

    /** Whether the person refuses calls now, or has had the calls they accept since {@code capSince}. */
    boolean refusesCalls(long contactId, Instant capSince);
}
