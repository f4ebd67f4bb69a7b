package io.relance.application.contacts;

import java.io.Serializable;
import java.time.Instant;

/**
 * A merge into a contact as its card and the API show it: when, by whom, the removed card's former
 * identity, the values taken from it ("FIELD=value" lines) and what moved ("what=count" lines).
 */
public record MergeRecord(Instant at, String by, long removedId, String removedName, String removedOutlet,
                          String removedEmail, String choices, String moved) implements Serializable {
}
