package io.relance.application.sms;

import java.util.List;

/**
 * The outbox of SMS, newest first, and what a preview needs (a contact's and the caller's names:
 * the email editor's preview uses the same names).
 */
public interface OutboxRepository {

    List<OutboxRow> page(int first, int size);

    long count();

    /** First and last name of the campaign's first target by name, or a sample person. */
    String[] sampleContact(long campaignId);
}
