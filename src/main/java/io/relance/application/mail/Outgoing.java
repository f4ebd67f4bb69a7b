package io.relance.application.mail;

import io.relance.application.outbox.OutboxMessage;

import java.util.List;

/**
 * One email ready to leave: the rendered text (its HTML part is made from it), the agency whose
 * name is the sender's, its language for the footer, the token of its unsubscribe link, and the
 * files it carries (none for most).
 */
public record Outgoing(long id, String toEmail, String replyTo, String subject, String bodyText, String token,
                       String agencyName, String language, List<Attachment> attachments) implements OutboxMessage {

    public Outgoing {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The same email with its files, read just before it leaves. */
    public Outgoing with(List<Attachment> files) {
        return new Outgoing(id, toEmail, replyTo, subject, bodyText, token, agencyName, language, files);
    }
}
