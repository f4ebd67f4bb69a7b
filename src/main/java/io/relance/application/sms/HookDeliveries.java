package io.relance.application.sms;

import java.time.Instant;

/**
 * The callbacks an agency's aggregator already delivered, by id, so that a recorded callback
 * played again (its signature is still valid: it signs the content, not the moment) changes
 * nothing. Ids are forgotten after a while: the memory stays bounded, and a status callback that
 * old is refused by its timestamp anyway.
 */
public interface HookDeliveries {

    /**
     * Records a delivery id for the agency; false when it was recorded before (a replay). Forgets the
     * agency's ids recorded before {@code forgetBefore} on the way.
     */
    boolean firstSight(String tenant, String deliveryId, Instant now, Instant forgetBefore);

    /** Forgets one id: its callback was not taken after all, and the provider will send it again. */
    void forget(String tenant, String deliveryId);
}
