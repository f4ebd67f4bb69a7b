package io.relance.domain.sequence;

import io.relance.domain.contact.CallWindows;

/**
 * What places one contact's calls within a day: the medium of their outlet (null: working hours) and
 * the call windows they gave (null: none), read for a whole campaign in one query.
 */
public record ContactHours(Medium medium, CallWindows windows) {

    public static final ContactHours NONE = new ContactHours(null, null);
}
