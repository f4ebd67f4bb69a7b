package io.relance.application.signup;

import java.time.Instant;

/**
 * The sign-up's answer by email when it could not be done. The form answers the same whatever
 * happened (so that nobody learns from it which addresses have an account or which agency ids
 * exist); the address typed learns why, which only its owner reads. Implemented by the platform's outbox.
 */
public interface SignupNotices {

    /** What the email says. */
    enum Notice {
        /** An account already exists with this address: log in, or reset the password. */
        EMAIL_TAKEN,
        /** Another agency already has this id: sign up again with another. */
        SLUG_TAKEN
    }

    void queue(String toEmail, Notice notice, String slug, String language, Instant now);
}
