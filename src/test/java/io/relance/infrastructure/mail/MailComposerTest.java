package io.relance.infrastructure.mail;

import io.relance.application.mail.Attachment;
import io.relance.application.mail.Outgoing;
import io.relance.application.outbox.SendFailed;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailComposerTest {

    private static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";

    private static MimeMessage compose(String language, String replyTo) throws Exception {
        return compose(language, replyTo, List.of());
    }

    private static MimeMessage compose(String language, String replyTo, List<Attachment> files) throws Exception {
        return compose(language, replyTo, files, TOKEN);
    }

    private static MimeMessage compose(String language, String replyTo, List<Attachment> files, String token) throws Exception {
        Outgoing m = new Outgoing(7, "zoe@journal.fr", replyTo, "Collection d'hiver — Zoé", "Bonjour Zoé,\n\n<b>Tom & Jerry</b>",
                token, "Agence Démo & Fils", language, files);
        MimeMessage message = MailComposer.compose(Session.getInstance(new Properties()), m, "relance@agence.fr",
                "https://app.relance.fr/");
        // as it travels: written out and read back
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void anEmailToTheAgencysOwnStaffCarriesNoUnsubscribeLink() throws Exception {
        MimeMessage m = compose("fr", "lea@agence.fr", List.of(), null);
        assertEquals(null, m.getHeader("List-Unsubscribe"));
        assertEquals(null, m.getHeader("List-Unsubscribe-Post"));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        m.writeTo(raw);
        String all = MimeUtility.decodeText(raw.toString(StandardCharsets.UTF_8));
        assertFalse(all.contains("unsubscribe"), "no link that would opt the prospect out");
        Multipart alternative = (Multipart) m.getContent();
        assertTrue(((String) alternative.getBodyPart(0).getContent()).contains("Message interne de Agence Démo & Fils."));
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
    void filesTravelAfterTheTextUnchangedWithTheirNameAndType() throws Exception {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, (byte) 0xff, 10, 13, 1, 2, 3};
        byte[] ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nSUMMARY:Réunion\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        MimeMessage m = compose("fr", null, List.of(new Attachment("Devis — Le Journal de l'Éco.pdf", "application/pdf", pdf),
                new Attachment("invitation.ics", "text/calendar; method=REQUEST; charset=UTF-8", ics)));
        assertTrue(m.isMimeType("multipart/mixed"), m.getContentType());
        Multipart parts = (Multipart) m.getContent();
        assertEquals(3, parts.getCount(), "the text, then the two files");
        assertTrue(parts.getBodyPart(0).isMimeType("multipart/alternative"), "the text is the same as without files");
        Multipart text = (Multipart) parts.getBodyPart(0).getContent();
        assertTrue(((String) text.getBodyPart(0).getContent()).startsWith("Bonjour Zoé,"));
        assertTrue(text.getBodyPart(1).isMimeType("text/html"));

        BodyPart file = parts.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, file.getDisposition());
        assertEquals("Devis — Le Journal de l'Éco.pdf", MimeUtility.decodeText(file.getFileName()));
        assertTrue(file.isMimeType("application/pdf"), file.getContentType());
        assertArrayEquals(pdf, file.getInputStream().readAllBytes(), "the bytes arrive as they were");
        BodyPart invitation = parts.getBodyPart(2);
        assertEquals("invitation.ics", invitation.getFileName());
        ContentType type = new ContentType(invitation.getContentType());
        assertEquals("text/calendar", type.getBaseType());
        assertEquals("REQUEST", type.getParameter("method"), "a calendar reads the method from the type");
        assertEquals("UTF-8", type.getParameter("charset"));
        assertArrayEquals(ics, invitation.getInputStream().readAllBytes());
    }

    @Test
    void withoutFilesTheMessageIsTheTextAlone() throws Exception {
        MimeMessage m = compose("fr", null, List.of());
        assertTrue(m.isMimeType("multipart/alternative"), m.getContentType());
        assertEquals(2, ((Multipart) m.getContent()).getCount());
    }

    @Test
    void refusedAddressesAnd5xxArePermanentEverythingElseIsRetried() {
        MessagingException noServer = new MessagingException("Couldn't connect to host, port: localhost, 25; timeout -1",
                new ConnectException("Connection refused"));
        assertFalse(SmtpMailer.classify(noServer).isPermanent());
        assertTrue(SmtpMailer.classify(noServer).isUnreachable(), "no server: the round stops there");
        SendFailed busy = SmtpMailer.classify(new MessagingException("421 4.3.2 Service not available, closing channel"));
        assertFalse(busy.isPermanent() || busy.isUnreachable());
        assertTrue(SmtpMailer.classify(new MessagingException("554 5.7.1 Message rejected")).isPermanent());
        SendFailedException unknownUser = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <nobody@journal.fr>: user unknown"),
                new jakarta.mail.Address[0], new jakarta.mail.Address[0], new jakarta.mail.Address[]{new InternetAddress() {
                    { setAddress("nobody@journal.fr"); }
                }});
        SendFailed e = SmtpMailer.classify(unknownUser);
        assertTrue(e.isPermanent() && !e.isUnreachable());
        assertTrue(e.getMessage().contains("550 5.1.1"), e.getMessage());
    }

    @Test
    void anAgencyNameOrSubjectWithLineBreaksCannotAddAHeader() throws Exception {
        Outgoing m = new Outgoing(8, "zoe@journal.fr", null, "Sujet\r\nBcc: victim@example.org", "Bonjour",
                TOKEN, "Agence\r\nBcc: victim@example.org", "fr", List.of());
        MimeMessage message = MailComposer.compose(Session.getInstance(new Properties()), m, "relance@agence.fr",
                "https://app.relance.fr/");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(out.toByteArray()));
        assertEquals(null, read.getHeader("Bcc"), out.toString(StandardCharsets.UTF_8));
        assertEquals("Agence Bcc: victim@example.org", ((InternetAddress) read.getFrom()[0]).getPersonal());
        assertEquals("Sujet Bcc: victim@example.org", read.getSubject());
    }
}
