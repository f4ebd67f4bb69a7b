package io.relance.application.sequence;

import io.relance.application.common.AppClock;
import io.relance.domain.contact.PersonSaidNo;
import io.relance.domain.contact.Withdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;

/**
 * The one path by which a "no" takes effect, whatever said it (the contact form, a bulk action, an
 * import, the API, a call, an SMS STOP, an unsubscribe link, an erasure): called in the same
 * transaction as the flag, it ends everything the flag forbids. Do-not-call stops calls and SMS;
 * an opt-out or an erasure stops emails too.
 */
@ApplicationScoped
public class Withdrawals {

    @Inject
    WithdrawalStore store;

    @Inject
    AppClock clock;

    /** After the flags of these contacts were set: {@code by} who (or what) said no, {@code reason} why. */
    public Withdrawn of(Collection<Long> contactIds, String by, String reason) {
        if (contactIds.isEmpty()) {
            return Withdrawn.NONE;
        }
        return store.withdraw(List.copyOf(contactIds), clock.now(), by, reason);
    }

    /**
     * A "no" recorded by the address book or an import (which know nothing of sequences): observed
     * synchronously, so it ends what the flags forbid in the same transaction as the flags.
     */
    void onSaidNo(@Observes PersonSaidNo no) {
        no.ended(of(no.contactIds(), no.by(), no.reason()));
    }

    /** After a "one call per release" preference: running sequences keep one call at most. */
    public Withdrawn oneCallEach(Collection<Long> contactIds, String by, String reason) {
        if (contactIds.isEmpty()) {
            return Withdrawn.NONE;
        }
        return store.oneCallEach(List.copyOf(contactIds), clock.now(), by, reason);
    }

    /**
     * The person refuses calls now (or has reached the weekly cap they asked every agency to keep):
     * a stale card or a late outcome must not reach them.
     */
    public boolean refusesCalls(long contactId) {
        return store.refusesCalls(contactId, clock.now().minus(java.time.Duration.ofDays(7)));
    }
}
