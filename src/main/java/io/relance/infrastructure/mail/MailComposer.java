package io.relance.infrastructure.mail;

import io.relance.application.mail.Outgoing;
import io.relance.domain.mail.MailBody;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One outbox email as a MIME message: multipart/alternative (plain text, then HTML), the agency's
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

    public static MimeMessage compose(Session session, Outgoing m, String fromAddress, String publicUrl)
            throws MessagingException {
        ResourceBundle bundle = ResourceBundle.getBundle("io.relance.i18n.messages",
                Locale.forLanguageTag(m.language() == null ? "fr" : m.language()), MailComposer.class.getClassLoader());
        String url = unsubscribeUrl(publicUrl, m.token());
        String footer = java.text.MessageFormat.format(bundle.getString("mail.footer"), m.agencyName());

        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(fromAddress, m.agencyName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e); // UTF-8 is always there
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(m.toEmail(), true));
        if (m.replyTo() != null && !m.replyTo().isBlank()) {
            message.setReplyTo(InternetAddress.parse(m.replyTo(), false));
        }
        message.setSubject(m.subject(), "UTF-8");
        message.setHeader("List-Unsubscribe", "<" + url + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(MailBody.text(m.bodyText(), footer, url), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(MailBody.html(m.bodyText(), footer, bundle.getString("mail.unsubscribe.link"), url), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text); // the last part is the preferred one: HTML comes last
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.setSentDate(new java.util.Date());
        message.saveChanges();
        return message;
    }
}
