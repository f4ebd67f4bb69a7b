package io.relance.application.sms;

/**
 * What a preview needs: a contact's and the caller's names (the SMS, email and sales editors'
 * previews use the same names).
 */
public interface OutboxRepository {

    /** First and last name of the campaign's first target by name, or a sample person. */
    String[] sampleContact(long campaignId);

    /** The first name of the staff member with this email in the current agency, else "". */
    String staffFirstName(String email);
}
