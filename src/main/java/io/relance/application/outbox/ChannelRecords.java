package io.relance.application.outbox;

import java.util.List;
import java.util.Map;

/**
 * What the channels keep of a person, for GDPR: read in full for an access request; erased as
 * numbers, addresses and texts (the rows stay, a bilan counts them). What was still waiting to
 * leave is withdrawn before, by the erasure's withdrawal.
 */
public interface ChannelRecords {

    /** Blanks the person's SMS, SMS replies, emails and their files, qualification cards and meetings. */
    void erase(long contactId);

    /** The person's SMS, SMS replies, emails, qualification cards and meetings, oldest first, by kind. */
    Map<String, Object> of(long contactId);
}
