package io.relance.application.mail;

import java.io.Serializable;

/** The release email as one real contact of the campaign would read it. */
public record MailPreview(String contact, String subject, String body) implements Serializable {
}
