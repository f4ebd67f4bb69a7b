package io.relance.application.contacts;

import io.relance.domain.contact.ContactDetails;

import java.io.Serializable;
import java.time.Instant;

/**
 * A contact's card. For a stagiaire the confidential notes are left out by the service (not hidden
 * by the page), so that no screen or export can show them.
 */
public record ContactCard(Long id, ContactDetails details, Long outletId, Long ownerId, String ownerName,
                          boolean privileged, Instant doNotCallAt, Instant optedOutAt, Instant createdAt,
                          Instant updatedAt, String wrongNumber, Instant wrongNumberAt) implements Serializable {
}
