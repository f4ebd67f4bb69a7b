package io.relance.application.sequence;

import io.relance.domain.sequence.EnrolmentStatus;

import java.time.Instant;

/**
 * What logging an attempt did: where the enrolment stands now, the campaign of the call, whether
 * the person picked up and talked on (what a sales campaign qualifies), and the callback booked if
 * the person said "later" (null otherwise).
 */
public record Logged(EnrolmentStatus status, long campaignId, boolean talked, Instant callbackAt) {
}
