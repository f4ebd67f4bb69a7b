package io.relance.application.mail;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An email of the outbox: to whom, what, in which campaign, why (release, resend, quote...), where
 * it stands, and the names of the files it carries.
 */
public record MailRow(long id, String toEmail, String contact, String campaign, String kind, String subject,
                      String bodyText, String status, Instant dueAt, Instant sentAt, String lastError,
                      List<String> attachments) implements Serializable {

    /** Written, waiting for its moment (a release due on its send date): "programmé pour", not "en attente". */
    public boolean scheduledAfter(Instant now) {
        return "PENDING".equals(status) && dueAt != null && dueAt.isAfter(now);
    }
}
