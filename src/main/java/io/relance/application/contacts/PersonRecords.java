package io.relance.application.contacts;

import io.relance.domain.contact.PersonTraces;

import java.util.Map;

/**
 * What the agency's work kept of a person beyond their card and their messages, for GDPR: their
 * call history, sequences, callbacks and coverage (access), and every free text that names them
 * (erasure). Implemented in infrastructure.persistence.
 */
public interface PersonRecords {

    /** Attempts (date, outcome, the caller's role, never their name), sequences, callbacks, coverage. */
    Map<String, Object> history(long contactId);

    /**
     * Removes what names the person from the agency's free texts (import reports, errors, reasons,
     * coverage), whoever the row belongs to, and cancels the calls still planned for them.
     * {@code traces} were taken before the card was blanked.
     */
    void erase(long contactId, PersonTraces traces);
}
