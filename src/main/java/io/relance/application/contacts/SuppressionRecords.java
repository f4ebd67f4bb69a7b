package io.relance.application.contacts;

import io.relance.domain.contact.ContactDetails;

import java.time.Instant;
import java.util.List;

/**
 * The agency's suppression list as the application needs it (its port; the fingerprints and SQL in
 * infrastructure, which knows the agency they are salted with).
 */
public interface SuppressionRecords {

    /** The person's email and numbers join the list, as fingerprints. */
    void add(ContactDetails person, String reason, Instant now);

    /** For each person, in order, whether the list knows their email or one of their numbers. */
    List<Boolean> listed(List<ContactDetails> people);

    List<SuppressionEntry> page(int first, int size);

    long count();
}
