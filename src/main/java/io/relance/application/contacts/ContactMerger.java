package io.relance.application.contacts;

import io.relance.domain.contact.ContactMerge;

import java.util.List;
import java.util.Map;

/**
 * The set-based side of "one person, one contact" (the address book's port): moving a contact's
 * history onto another in one transaction, the pairs of probable duplicates, the merge records and
 * former outlets. Always the current agency's rows.
 */
public interface ContactMerger {

    /**
     * Moves everything that belongs to {@code removedId} to {@code keptId} (sequences with their
     * calls, tasks, SMS, emails, qualifications and meetings, coverage, campaign targets, SMS replies,
     * former outlets), then deletes the removed contact's row. Where both are in the same campaign one
     * sequence stays (see the implementation). Answers what moved, by kind.
     */
    Map<String, Integer> move(long keptId, long removedId);

    /** Pairs sharing an email, a mobile, or a name at the same outlet, oldest first. */
    List<DuplicatePair> pairs(int first, int size);

    long countPairs();

    void record(ContactMerge merge);

    /** The merges into this contact, newest first. */
    List<ContactMerge> merges(long contactId);

    /** An erasure: the merge records name the person. */
    void forget(long contactId);

    List<FormerOutletRow> formerOutlets(long contactId);
}
