package io.relance.domain.mail;

/**
 * Where an email of the outbox stands: to send, being sent, sent, failed, left in the agency's
 * own outbox (no SMTP of its own), held while its campaign is paused, withdrawn when the person said no.
 */
public enum MailStatus {
    PENDING, SENDING, SENT, FAILED, OUTBOX, WITHDRAWN, HELD
}
