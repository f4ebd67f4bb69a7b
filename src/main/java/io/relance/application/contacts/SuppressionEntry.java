package io.relance.application.contacts;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of the suppression list as a page shows it: what it stands for (an email or a phone
 * number), the first characters of its fingerprint, why and when it was added — never the address.
 */
public record SuppressionEntry(String kind, String shortHash, String reason, Instant at) implements Serializable {
}
