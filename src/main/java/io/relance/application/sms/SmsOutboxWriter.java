package io.relance.application.sms;

import java.time.Instant;
import java.util.List;

/**
 * Writes the anchor SMS of some enrolments into the outbox, in the engine step's transaction: one
 * per sequence, to the contact's mobile only, never to a contact who said no, its text rendered
 * from the campaign's template with the person's and caller's names.
 */
public interface SmsOutboxWriter {

    void write(String tenant, List<Long> enrolments, Instant now);
}
