package io.relance.application.contacts;

import io.relance.domain.contact.Contact;
import io.relance.domain.contact.Tier;
import io.relance.domain.staff.StaffMember;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's contacts (the address book's port): pages, counts and set-based bulk changes
 * of a filtered list. {@code region} is the agency's country, in which a typed phone number is read.
 * A bulk change applies to a {@link Selection} in one statement and answers how many contacts changed.
 */
public interface ContactRepository {

    /** The contact, unless erased (or another tenant's). */
    Optional<Contact> find(long id);

    List<ContactRow> page(ContactQuery q, String region, int first, int size);

    /**
     * Other contacts with this email, this mobile or this last name (the database's collation ignores
     * case and accents), {@code exceptId} left out: the candidates a save compares with
     * {@link io.relance.domain.imports.DuplicateKeys#shared}. Null values match nothing.
     */
    List<ContactRow> sameKeys(String email, String mobile, String lastName, Long exceptId);

    long count(ContactQuery q, String region);

    /** The ids of a filtered list (targeting a campaign "by filters"). */
    List<Long> ids(ContactQuery q, String region);

    /** The next contacts after a given id, in id order, with their outlet and owner (an export's keyset pages). */
    List<Contact> after(ContactQuery q, String region, long afterId, int size);

    /** Adds one topic to each contact that lacks it (a contact whose topics would overflow keeps them). */
    int tag(Selection selection, String region, String topic, Instant now);

    int setTier(Selection selection, String region, Tier tier, Instant now);

    int assignOwner(Selection selection, String region, StaffMember owner, Instant now);

    /** Do-not-call, since the first time it was set; {@code reason} null keeps the one already typed. */
    int markDoNotCall(Selection selection, String region, String reason, Instant now);

    /** Deletes contacts never followed up; the others keep the history their bilans count (erasure anonymises them). */
    int delete(Selection selection, String region);

    /** Whether the contact was ever enrolled in a sequence. */
    boolean followedUp(long contactId);

    /**
     * Inserts now (the id is read at once). {@link KeyTaken} when another contact of the agency holds
     * the email or mobile key: a save that passed the duplicate check and lost the race to a
     * concurrent one.
     */
    void add(Contact contact);

    /** Writes a contact's changes now rather than at commit, so that a taken key is {@link KeyTaken} too. */
    void write(Contact contact);

    /** The contact holding the agency's unique key on this email or mobile ({@code key}: "email" or "mobile"). */
    java.util.Optional<ContactRow> holder(String key, String value);

    /** Another contact holds the unique email or mobile key ({@code key}: "email" or "mobile"). */
    final class KeyTaken extends RuntimeException {

        private final String key;

        public KeyTaken(String key) {
            super("contact " + key + " key taken");
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    void remove(Contact contact);

    long countByOutlet(long outletId);

    /** The outlet's contacts stay, without an outlet. */
    void detachOutlet(long outletId);

    /** Lets go of the entities read so far (exports read page after page). */
    void clear();
}
