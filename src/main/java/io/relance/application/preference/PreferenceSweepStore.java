package io.relance.application.preference;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The platform's sweep across agencies, run by the engine's poll with no tenant: it keys contacts
 * (the keyed hash of their email and mobile, after each write and for those already there) and
 * finds which agencies' contacts a preference change concerns. It answers (agency, contact) pairs
 * that the caller then handles under each agency's own tenant; nothing here changes an agency's
 * sequences.
 */
public interface PreferenceSweepStore {

    /** A contact to key, as written now. */
    record Unkeyed(long id, String email, String mobile) {
    }

    /** A contact of an agency. */
    record Holder(String tenant, long contactId) {
    }

    /** A preference change not yet carried to the agencies: its id and the person's key. */
    record Change(long id, String personKey) {
    }

    /** Contacts written since they were last keyed (or never keyed), locked for this poll. */
    List<Unkeyed> unkeyed(int max);

    /** Writes their keys ({@code keys} answers email key and mobile key, either null); answers those that now refuse calls. */
    List<Holder> key(List<Unkeyed> contacts, Function<Unkeyed, String[]> keys);

    /** Preference changes not yet carried to the agencies, locked for this poll. */
    List<Change> pendingChanges(int max);

    /** Every agency's contacts that carry one of these keys. */
    List<Holder> holders(List<String> personKeys);

    void done(List<Long> changeIds, Instant now);
}
