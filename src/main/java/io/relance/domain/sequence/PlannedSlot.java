package io.relance.domain.sequence;

import java.time.Instant;

/** One attempt's window: day 1..n of the sequence, slot 1..m of the day, as instants. */
public record PlannedSlot(int day, int slot, Instant opens, Instant closes) {
}
