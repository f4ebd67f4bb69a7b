package io.relance.application.mail;

import java.io.Serializable;
import java.time.Instant;

/** An email of the outbox: to whom, what, in which campaign, why (release or resend), where it stands. */
public record MailRow(long id, String toEmail, String contact, String campaign, String kind, String subject,
                      String bodyText, String status, Instant dueAt, Instant sentAt, String lastError)
        implements Serializable {
}
