package io.relance.application.sequence;

import io.relance.application.common.AppClock;
import io.relance.domain.contact.Contact;
import io.relance.domain.contact.Withdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * "Ne plus me relancer", however it was said (on a call, by SMS, by the unsubscribe link): the
 * contact's flag is set and everything still running for the person ends now, in the caller's
 * transaction (see {@link Withdrawals}).
 */
@ApplicationScoped
public class OptOuts {

    @Inject
    EnrolmentStore enrolments;

    @Inject
    Withdrawals withdrawals;

    @Inject
    AppClock clock;

    /** {@code reason}: how the person said it (kept on the contact); {@code by}: who recorded it. */
    public Withdrawn everywhere(long contactId, String reason, String by) {
        Contact contact = enrolments.person(contactId);
        if (contact == null) {
            return Withdrawn.NONE;
        }
        contact.optOut(clock.now(), reason);
        return withdrawals.of(List.of(contactId), by, reason);
    }
}
