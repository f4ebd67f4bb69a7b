package io.relance.domain.sms;

/**
 * Where an SMS of the outbox stands: waiting (PENDING), being sent, sent (or left in the agency's
 * own outbox), delivered or failed as the provider reports, held while its campaign is paused,
 * withdrawn when the person said no or the sequence stopped.
 */
public enum SmsStatus {
    PENDING, SENDING, SENT, DELIVERED, FAILED, WITHDRAWN, HELD
}
