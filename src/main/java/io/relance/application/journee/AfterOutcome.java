package io.relance.application.journee;

import io.relance.domain.sequence.EnrolmentStatus;

import java.io.Serializable;
import java.time.Instant;

/**
 * What comes after an outcome is logged in Ma journée: where the person's sequence stands, the
 * callback booked (null if none), and whether the caller qualifies the prospect now, on the same
 * call (a pick-up in a sales campaign), rather than moving on to the next open call.
 */
public record AfterOutcome(EnrolmentStatus status, Instant callbackAt, boolean qualify) implements Serializable {
}
