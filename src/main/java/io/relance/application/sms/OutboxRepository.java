package io.relance.application.sms;

/**
 * What a preview needs: a contact's name (the SMS, email and sales editors' previews use the same
 * person; the caller's name is CurrentStaff's).
 */
public interface OutboxRepository {

    /** First and last name of the campaign's first target by name, or a sample person. */
    String[] sampleContact(long campaignId);
}
