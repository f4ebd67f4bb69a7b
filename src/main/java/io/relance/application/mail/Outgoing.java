package io.relance.application.mail;

/**
 * One email ready to leave: the rendered text (its HTML part is made from it), the agency whose
 * name is the sender's, its language for the footer, and the token of its unsubscribe link.
 */
public record Outgoing(long id, String toEmail, String replyTo, String subject, String bodyText, String token,
                       String agencyName, String language) {
}
