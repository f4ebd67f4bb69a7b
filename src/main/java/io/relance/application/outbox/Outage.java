package io.relance.application.outbox;

import java.io.Serializable;
import java.time.Instant;

/** A channel that stopped answering an agency (its circuit is open): since when, and what it answered. */
public record Outage(Instant since, String error) implements Serializable {
}
