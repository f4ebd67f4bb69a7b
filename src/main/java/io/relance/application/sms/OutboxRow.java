package io.relance.application.sms;

import java.io.Serializable;
import java.time.Instant;

/** A message of the outbox: to whom, what, in which campaign, and where it stands. */
public record OutboxRow(long id, String toNumber, String contact, String campaign, String body, String encoding,
                        int segments, String status, Instant dueAt, Instant sentAt) implements Serializable {
}
