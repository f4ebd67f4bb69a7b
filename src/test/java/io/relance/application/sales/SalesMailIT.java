package io.relance.application.sales;

import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.mail.MailAgencyFixture;
import io.relance.application.mail.MailDispatch;
import io.relance.application.mail.MailRow;
import io.relance.application.mail.ReleaseEmailService;
import io.relance.domain.contact.Problem;
import io.relance.domain.mail.MailStatus;
import io.relance.domain.sales.DocumentSource;
import io.relance.domain.sales.SalesKind;
import io.relance.domain.sales.SalesTemplateInput;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.RunAsStagiaire;
import io.relance.it.TenantSql;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standard quote and the proposals, from the agency's templates to the prospect's mailbox
 * (GreenMail as the SMTP server, in the WildFly under test): the PDF attached in the prospect's
 * name or exactly as uploaded, replies to the caller, one email per double click, refusals that
 * write nothing, and templates that only their agency's chefs de projet and directeur can touch.
 * The agency is MailAgencyFixture's: Zoé (of "Le Journal de l'Éco") and Marc have an address, Paul none.
 */
@ExtendWith(ArquillianExtension.class)
class SalesMailIT {

    private static final String REQUESTER = "sam@agence-mel.test";
    private static final SalesTemplateInput QUOTE = new SalesTemplateInput("Devis standard", "Votre devis, {prenom}",
            "Bonjour {prenom},\n\nCi-joint notre devis pour {societe}.\n\n{appelant}, {agence}", DocumentSource.GENERATED,
            "Devis — {societe}", "À l'attention de {prenom} {nom}, {societe}\n\nRédaction du communiqué : 650 €\nValidité : 30 jours");

    @Deployment
    static WebArchive deployment() throws java.io.IOException {
        return MailAgencyFixture.deployment(SalesMailIT.class);
    }

    @Inject
    MailAgencyFixture mail;

    @Inject
    SalesTemplates templates;

    @Inject
    SalesMails sales;

    @Inject
    MailDispatch dispatch;

    @Inject
    ReleaseEmailService outbox;

    @Inject
    AppClock clock;

    @Inject
    io.relance.application.contacts.ContactService contacts;

    @Inject
    RunAsChef chef;

    @Inject
    RunAsStagiaire stagiaire;

    TenantSql db;

    @BeforeEach
    void launched() throws Exception {
        db = mail.launchedWithTheReleaseByEmail();
        db.in(() -> {
            db.sql("INSERT INTO outlet (tenant_id, name, created_at) VALUES (?1, 'Le Journal de l''Éco', NOW(3))");
            db.sql("UPDATE contact SET outlet_id = (SELECT id FROM outlet WHERE tenant_id = ?1) WHERE tenant_id = ?1 AND first_name = 'Zoé'");
            return null;
        });
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void theStandardQuoteReachesTheProspectWithAPdfInTheirNameAndRepliesGoToTheCaller() throws Exception {
        long quote = asChef(() -> templates.create(SalesKind.QUOTE, QUOTE, null));
        long zoe = enrolment("Zoé");

        assertTrue(send(zoe, quote), "one click");
        assertFalse(send(zoe, quote), "a double click in the same minute writes nothing more");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND kind = 'QUOTE' AND enrolment_id = " + zoe
                + " AND template_id = " + quote + " AND contact_id = (SELECT contact_id FROM enrolment WHERE id = " + zoe + ")"));
        assertEquals(1L, db.count("SELECT COUNT(*) FROM mail_attachment WHERE tenant_id = ?1"));

        MimeMessage m = received("zoe@", msg -> subject(msg).equals("Votre devis, Zoé"));
        assertEquals(REQUESTER, m.getReplyTo()[0].toString());
        assertTrue(m.isMimeType("multipart/mixed"), m.getContentType());
        Multipart parts = (Multipart) m.getContent();
        String text = (String) ((Multipart) parts.getBodyPart(0).getContent()).getBodyPart(0).getContent();
        assertTrue(text.startsWith("Bonjour Zoé,") && text.contains("Ci-joint notre devis pour Le Journal de l'Éco.")
                && text.contains("Sam, Agence Mél & Co"), text);
        BodyPart pdf = parts.getBodyPart(1);
        assertTrue(pdf.isMimeType("application/pdf"), pdf.getContentType());
        assertEquals("Devis - Le Journal de l'Éco.pdf", MimeUtility.decodeText(pdf.getFileName()));
        try (PDDocument doc = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
            String content = new PDFTextStripper().getText(doc);
            for (String expected : new String[]{"Agence Mél & Co", "23 novembre 2026", "Devis — Le Journal de l'Éco",
                    "À l'attention de Zoé Alpha, Le Journal de l'Éco", "Rédaction du communiqué : 650 €"}) {
                assertTrue(content.contains(expected), expected + " in:\n" + content);
            }
        }

        List<SentDocument> sent = inTenant(() -> sales.sentFor(zoe));
        assertEquals(1, sent.size());
        assertEquals(SalesKind.QUOTE, sent.get(0).kind());
        assertEquals("Devis standard", sent.get(0).templateName());
        assertEquals(MailStatus.SENT, sent.get(0).status());
        MailRow row = asChef(() -> outbox.page(0, 50)).stream().filter(r -> r.kind().equals("QUOTE")).findFirst().orElseThrow();
        assertEquals(List.of("Devis - Le Journal de l'Éco.pdf"), row.attachments(), "the outbox page names the file");
    }

    @Test
    void theDocumentsSentToAPersonAreInTheirDataThenErasedWithThem() throws Exception {
        long quote = asChef(() -> templates.create(SalesKind.QUOTE, QUOTE, null));
        assertTrue(send(enrolment("Zoé"), quote));
        assertTrue(send(enrolment("Marc"), quote));
        long zoe = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        String held = asChef(() -> contacts.personalData(zoe)).toString();
        assertTrue(held.contains("attachments=Devis - Le Journal de l'Éco.pdf"), "her access request names the file: " + held);
        asChef(() -> {
            contacts.erase(zoe);
            return null;
        });
        assertEquals(0L, db.count("SELECT COUNT(*) FROM mail_attachment a JOIN mail_outbox m ON m.id = a.mail_id "
                + "WHERE a.tenant_id = ?1 AND m.contact_id = " + zoe), "the PDF in her name is gone");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM mail_attachment WHERE tenant_id = ?1"), "Marc's stays");
    }

    @Test
    void aProposalWithAnUploadedPdfArrivesWithExactlyThoseBytesAndAnArchivedOneLeavesTheCard() throws Exception {
        byte[] brochure = SalesPdf.write("Plaquette salon", "Notre offre salon, en une page.", "Agence Mél & Co",
                LocalDate.of(2026, 1, 5), Locale.FRENCH);
        SalesTemplateInput proposal = new SalesTemplateInput("Proposition — salon", "Pour votre salon, {prenom}",
                "Bonjour {prenom},\n\nNotre proposition ci-jointe.", DocumentSource.UPLOADED, null, null);
        long fair = asChef(() -> templates.create(SalesKind.PROPOSAL, proposal, new PdfUpload("C:\\Docs\\Plaquette salon.pdf", brochure)));
        long launch = asChef(() -> templates.create(SalesKind.PROPOSAL, new SalesTemplateInput("Proposition — lancement",
                "Lancement", "Bonjour", DocumentSource.GENERATED, "Lancement", "Texte"), null));
        long quote = asChef(() -> templates.create(SalesKind.QUOTE, QUOTE, null));
        assertEquals(List.of(quote, launch, fair), inTenant(() -> sales.choices()).stream().map(TemplateChoice::id).toList(),
                "the quote first, then the proposals by name");

        long marc = enrolment("Marc");
        assertTrue(send(marc, fair));
        MimeMessage m = received("marc@", msg -> subject(msg).equals("Pour votre salon, Marc"));
        BodyPart file = ((Multipart) m.getContent()).getBodyPart(1);
        assertEquals("Plaquette salon.pdf", file.getFileName());
        assertArrayEquals(brochure, file.getInputStream().readAllBytes(), "the agency's own file, byte for byte");
        assertEquals("PROPOSAL", db.text("SELECT kind FROM mail_outbox WHERE tenant_id = ?1 AND template_id = " + fair));

        asChef(() -> {
            templates.archive(fair);
            return null;
        });
        assertEquals(List.of(quote, launch), inTenant(() -> sales.choices()).stream().map(TemplateChoice::id).toList());
        assertRefused("sales.send.archived", () -> send(enrolment("Zoé"), fair));
        assertEquals(1L, salesEmails(), "nothing written for the archived proposal");
        assertRefused("sales.quote.archive", () -> asChef(() -> {
            templates.archive(quote);
            return null;
        }));
    }

    @Test
    void aContactWithoutAddressOrWhoOptedOutIsRefusedClearlyAndNothingIsWritten() throws Exception {
        long quote = asChef(() -> templates.create(SalesKind.QUOTE, QUOTE, null));
        long paul = enrolment("Paul");
        long marc = enrolment("Marc");
        assertFalse(inTenant(() -> sales.canSend(paul)));
        assertRefused("sales.send.noEmail", () -> send(paul, quote));
        db.in(() -> {
            db.sql("UPDATE contact SET opted_out = TRUE WHERE tenant_id = ?1 AND first_name = 'Marc'");
            return null;
        });
        assertFalse(inTenant(() -> sales.canSend(marc)));
        assertRefused("sales.send.unreachable", () -> send(marc, quote));
        assertTrue(inTenant(() -> sales.canSend(enrolment("Zoé"))));
        assertEquals(0L, salesEmails());
        assertEquals(0L, db.count("SELECT COUNT(*) FROM mail_attachment WHERE tenant_id = ?1"));
    }

    @Test
    void templatesAreValidatedAndAnUploadThatIsNotAPdfLosesNothing() throws Exception {
        Problem[] problems = refused(() -> asChef(() -> templates.create(SalesKind.PROPOSAL,
                new SalesTemplateInput(" ", "Pour {sujet}", "", DocumentSource.GENERATED, null, null), null)));
        assertEquals(List.of("name:sales.name.required", "emailBody:sales.emailBody.required", "docTitle:sales.docTitle.required",
                "docBody:sales.docBody.required", "emailSubject:sales.variable.unknown"),
                java.util.Arrays.stream(problems).map(p -> p.field() + ":" + p.key()).toList());

        byte[] brochure = SalesPdf.write("Plaquette", "Texte", "Agence", LocalDate.of(2026, 1, 5), Locale.FRENCH);
        SalesTemplateInput uploaded = new SalesTemplateInput("Plaquette", "Objet", "Texte", DocumentSource.UPLOADED, null, null);
        long id = asChef(() -> templates.create(SalesKind.PROPOSAL, uploaded, new PdfUpload("plaquette.pdf", brochure)));
        assertRefused("sales.pdf.notPdf", () -> asChef(() -> {
            templates.update(id, new SalesTemplateInput("Autre nom", "Objet", "Texte", DocumentSource.UPLOADED, null, null),
                    new PdfUpload("plaquette.docx.pdf", "PK\u0003\u0004 Word".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
            return null;
        }));
        SalesTemplateRow kept = asChef(() -> templates.get(id));
        assertEquals("Plaquette", kept.name(), "a refused save changes nothing");
        assertEquals("plaquette.pdf", kept.pdfName());
        assertEquals(brochure.length, kept.pdfBytes(), "the PDF already kept is still there");
        assertRefused("sales.pdf.tooBig", () -> asChef(() -> templates.create(SalesKind.PROPOSAL, uploaded,
                new PdfUpload("gros.pdf", java.util.Arrays.copyOf(brochure, PdfUpload.MAX_BYTES + 1)))));

        asChef(() -> templates.create(SalesKind.QUOTE, QUOTE, null));
        assertRefused("sales.quote.exists", () -> asChef(() -> templates.create(SalesKind.QUOTE, QUOTE, null)));
        assertEquals(2, asChef(() -> templates.list(true)).size(), "one quote and the proposal, nothing else");
    }

    @Test
    void aStagiaireReadsNothingAndAnotherAgencyCanNeitherReadChangeArchiveNorUseTheTemplates() throws Exception {
        long quote = asChef(() -> templates.create(SalesKind.QUOTE, QUOTE, null));
        long zoe = enrolment("Zoé");
        assertThrows(EJBAccessException.class, () -> InTenant.run(db.tenant(), () -> stagiaire.call(() -> templates.list(false))));
        assertThrows(EJBAccessException.class, () -> InTenant.run(db.tenant(), () -> stagiaire.call(() -> templates.get(quote))));

        String other = mail.otherAgency();
        SalesTemplateInput changed = new SalesTemplateInput("Pirate", "Objet", "Texte", DocumentSource.GENERATED, "Titre", "Texte");
        assertTrue(InTenant.run(other, () -> chef.call(() -> templates.list(true))).isEmpty());
        for (Executable attempt : List.<Executable>of(
                () -> InTenant.run(other, () -> chef.call(() -> templates.get(quote))),
                () -> InTenant.run(other, () -> chef.call(() -> templates.document(quote))),
                () -> InTenant.run(other, () -> chef.call(() -> {
                    templates.update(quote, changed, null);
                    return null;
                })),
                () -> InTenant.run(other, () -> chef.call(() -> {
                    templates.archive(quote);
                    return null;
                })),
                () -> InTenant.call(db.tx(), other, () -> sales.send(zoe, quote, REQUESTER, "Bob", clock.now())),
                () -> InTenant.run(other, () -> sales.sentFor(zoe)))) {
            assertThrows(NotFoundException.class, attempt);
        }
        long theirs = InTenant.run(other, () -> chef.call(() -> templates.create(SalesKind.QUOTE, changed, null)));
        assertThrows(NotFoundException.class, () -> send(zoe, theirs), "their template with our prospect");
        assertThrows(NotFoundException.class, () -> InTenant.call(db.tx(), other, () -> sales.send(zoe, theirs, REQUESTER, "Bob",
                clock.now())), "our prospect from their agency");

        SalesTemplateRow ours = asChef(() -> templates.get(quote));
        assertEquals("Devis standard", ours.name());
        assertFalse(ours.archived());
        assertEquals(0L, salesEmails(), "nothing was written for anyone");
        assertEquals(List.of(theirs), InTenant.run(other, () -> sales.choices()).stream().map(TemplateChoice::id).toList(),
                "each agency chooses among its own templates only");
    }

    private boolean send(long enrolment, long template) throws Exception {
        return db.in(() -> sales.send(enrolment, template, REQUESTER, "Sam", clock.now()));
    }

    private long enrolment(String firstName) {
        return db.count("SELECT e.id FROM enrolment e JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                + "WHERE e.tenant_id = ?1 AND c.first_name = '" + firstName + "'");
    }

    private long salesEmails() {
        return db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND kind IN ('QUOTE', 'PROPOSAL')");
    }

    private <T> T inTenant(Callable<T> work) {
        return InTenant.run(db.tenant(), work);
    }

    private <T> T asChef(Callable<T> work) {
        return InTenant.run(db.tenant(), () -> chef.call(work));
    }

    /** The message for this address that matches, once the dispatcher (or the poller) has sent it. */
    private MimeMessage received(String localPart, Predicate<MimeMessage> which) throws Exception {
        for (int i = 0; i < 40; i++) {
            dispatch.dispatch();
            List<MimeMessage> found = mail.to(localPart + mail.domain()).stream().filter(which).toList();
            if (!found.isEmpty()) {
                assertEquals(1, found.size(), "one email, not two");
                return found.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not received: " + MailAgencyFixture.recipients(mail.mine()));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(String key, Executable attempt) {
        Problem[] problems = refused(attempt);
        assertTrue(java.util.Arrays.stream(problems).anyMatch(p -> p.key().equals(key)), key + " in " + List.of(problems));
    }

    private static Problem[] refused(Executable attempt) {
        return assertThrows(Refused.class, attempt).problems().toArray(Problem[]::new);
    }
}
