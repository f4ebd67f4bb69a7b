package io.relance.infrastructure.mail;

import io.relance.application.mail.Attachment;
import io.relance.application.mail.Outgoing;
import io.relance.domain.mail.MailBody;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One outbox email as a MIME message: multipart/alternative (plain text, then HTML) — inside a
 * multipart/mixed with its files when it carries some (a quote's PDF, an invitation) —, the agency's
 * name as the sender's, and the unsubscribe link in the footer and in the List-Unsubscribe headers
 * (RFC 2369, with RFC 8058's one-click POST, which mail clients show as their own button).
 */
public final class MailComposer {

    private MailComposer() {
    }

    /** The person's own link: the token is all it carries. */
    public static String unsubscribeUrl(String publicUrl, String token) {
        return publicUrl.replaceAll("/+$", "") + "/unsubscribe?t=" + token;
    }

    /** The journalist's own preferences page, the same address for everyone. */
    public static String preferencesUrl(String publicUrl) {
        return publicUrl.replaceAll("/+$", "") + "/preferences";
    }

    /**
     * A header value on one line: the sign-up refuses control characters in an agency's name, but a
     * name saved before that rule, or a subject rendered from a contact's fields, must not be able to
     * start a header of its own (CR/LF injection), whatever the mail library does with it.
     */
    static String oneLine(String value) {
        return value == null ? null : value.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ").strip();
    }

    /** The text (both parts) first, then each file as an attachment, its content type as given. */
    private static MimeMultipart mixed(MimeMultipart alternative, List<Attachment> attachments) throws MessagingException {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setContent(alternative);
        mixed.addBodyPart(text);
        for (Attachment a : attachments) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
            file.setFileName(a.filename());
            file.setDisposition(Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        return mixed;
    }

    public static MimeMessage compose(Session session, Outgoing m, String fromAddress, String publicUrl)
            throws MessagingException {
        ResourceBundle bundle = ResourceBundle.getBundle("io.relance.i18n.messages",
                Locale.forLanguageTag(m.language() == null ? "fr" : m.language()), MailComposer.class.getClassLoader());
        // no token: an email to the agency's own staff (a meeting's copy), without an unsubscribe link
        String url = m.token() == null ? null : unsubscribeUrl(publicUrl, m.token());
        // no agency: the platform's own email (a preferences link), from "Relance"
        String sender = m.agencyName() == null ? "Relance" : oneLine(m.agencyName());
        String footer = java.text.MessageFormat.format(bundle.getString(url != null ? "mail.footer"
                : m.agencyName() == null ? "mail.footer.platform" : "mail.footer.team"), sender);
        String preferences = url == null ? null : preferencesUrl(publicUrl);

        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(fromAddress, sender, "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e); // UTF-8 is always there
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.toEmail(), true));
        if (m.replyTo() != null && !m.replyTo().isBlank()) {
            message.setReplyTo(InternetAddress.parse(m.replyTo(), false));
        }
        message.setSubject(oneLine(m.subject()), "UTF-8");
        if (url != null) {
            message.setHeader("List-Unsubscribe", "<" + url + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        MimeBodyPart text = new MimeBodyPart();
        text.setText(MailBody.text(m.bodyText(), footer, url, bundle.getString("mail.footer.preferences"), preferences), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(MailBody.html(m.bodyText(), footer, bundle.getString("mail.unsubscribe.link"), url,
                bundle.getString("mail.footer.preferences"), preferences), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text); // the last part is the preferred one: HTML comes last
        alternative.addBodyPart(html);
        message.setContent(m.attachments().isEmpty() ? alternative : mixed(alternative, m.attachments()));
        message.setSentDate(new java.util.Date());
        message.saveChanges();
        return message;
    }
}
