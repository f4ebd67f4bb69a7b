package io.relance.infrastructure.mail;

import io.relance.application.mail.MailGatewayException;
import io.relance.application.mail.Outgoing;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailComposerTest {

    private static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";

    private static MimeMessage compose(String language, String replyTo) throws Exception {
        Outgoing m = new Outgoing(7, "zoe@journal.fr", replyTo, "Collection d'hiver — Zoé", "Bonjour Zoé,\n\n<b>Tom & Jerry</b>",
                TOKEN, "Agence Démo & Fils", language);
        MimeMessage message = MailComposer.compose(Session.getInstance(new Properties()), m, "relance@agence.fr",
                "https://app.relance.fr/");
        // as it travels: written out and read back
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theAgencyIsTheSenderAndTheHeadersCarryTheOneClickUnsubscribe() throws Exception {
        MimeMessage m = compose("fr", "lea@agence.fr");
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertEquals("Agence Démo & Fils", from.getPersonal());
        assertEquals("relance@agence.fr", from.getAddress());
        assertEquals("zoe@journal.fr", m.getAllRecipients()[0].toString());
        assertEquals("lea@agence.fr", m.getReplyTo()[0].toString());
        assertEquals("Collection d'hiver — Zoé", m.getSubject());
        assertEquals("<https://app.relance.fr/unsubscribe?t=" + TOKEN + ">", m.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post", null));
    }

    @Test
    void plainTextThenEscapedHtmlBothWithTheFooterInTheAgencysLanguage() throws Exception {
        MimeMessage m = compose("fr", null);
        assertTrue(m.isMimeType("multipart/alternative"));
        assertEquals(null, m.getHeader("Reply-To"), "no Reply-To: replies go to the sender");
        Multipart parts = (Multipart) m.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        String text = ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"); // CRLF on the wire
        String html = (String) parts.getBodyPart(1).getContent();
        assertTrue(text.startsWith("Bonjour Zoé,\n\n<b>Tom & Jerry</b>\n\n-- \nVous recevez ce message de Agence Démo & Fils."), text);
        assertTrue(text.contains("https://app.relance.fr/unsubscribe?t=" + TOKEN));
        assertTrue(html.contains("<p>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</p>"), html);
        assertTrue(html.contains("Vous recevez ce message de Agence Démo &amp; Fils. Pour ne plus être contacté(e) par l&#39;agence :"), html);
        assertTrue(html.contains("<a href=\"https://app.relance.fr/unsubscribe?t=" + TOKEN + "\">se désinscrire</a>"), html);
        String english = (String) ((Multipart) compose("en", null).getContent()).getBodyPart(0).getContent();
        assertTrue(english.contains("You receive this message from Agence Démo & Fils."), english);
    }

    @Test
    void refusedAddressesAnd5xxArePermanentEverythingElseIsRetried() {
        MessagingException noServer = new MessagingException("Couldn't connect to host, port: localhost, 25; timeout -1",
                new ConnectException("Connection refused"));
        assertFalse(SmtpMailer.classify(noServer).isPermanent());
        assertTrue(SmtpMailer.classify(noServer).isUnreachable(), "no server: the round stops there");
        MailGatewayException busy = SmtpMailer.classify(new MessagingException("421 4.3.2 Service not available, closing channel"));
        assertFalse(busy.isPermanent() || busy.isUnreachable());
        assertTrue(SmtpMailer.classify(new MessagingException("554 5.7.1 Message rejected")).isPermanent());
        SendFailedException unknownUser = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <nobody@journal.fr>: user unknown"),
                new jakarta.mail.Address[0], new jakarta.mail.Address[0], new jakarta.mail.Address[]{new InternetAddress() {
                    { setAddress("nobody@journal.fr"); }
                }});
        MailGatewayException e = SmtpMailer.classify(unknownUser);
        assertTrue(e.isPermanent() && !e.isUnreachable());
        assertTrue(e.getMessage().contains("550 5.1.1"), e.getMessage());
    }
}
