package io.relance.application.contacts;

import io.relance.domain.contact.ContactDetails;

import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Inserts many new contacts at once (an import of 100,000 rows must not make 100,000 round trips),
 * for the current tenant, never one read from the data.
 */
public interface ContactBulkWriter {

    /**
     * A contact to insert, its outlet and owner already resolved to ids, and, when {@code keyed}, the
     * keyed hashes of its email and mobile (journalists' preferences; null for a missing address):
     * written with the row, so that the preference sweep has no update to make per imported contact.
     */
    record NewContact(ContactDetails details, Long outletId, Long ownerId, boolean keyed, String emailKey, String mobileKey) {
    }

    /** Inserts all, reporting progress after each batch (number of rows written so far). */
    void insert(List<NewContact> rows, Instant now, IntConsumer progress);
}
