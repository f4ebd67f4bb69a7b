package io.relance.application.qualification;

import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.mail.MailDispatch;
import io.relance.application.sales.SalesTemplates;
import io.relance.domain.mail.MailStatus;
import io.relance.domain.sales.DocumentSource;
import io.relance.domain.sales.SalesKind;
import io.relance.domain.sales.SalesTemplateInput;
import io.relance.domain.qualification.DecisionMaker;
import io.relance.domain.qualification.Horizon;
import io.relance.domain.qualification.MeetingInput;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.PriorityRules;
import io.relance.domain.qualification.Qualification;
import io.relance.domain.qualification.QualificationInput;
import io.relance.domain.qualification.QualificationPolicy;
import io.relance.it.InTenant;
import io.relance.it.RunAsDirecteur;
import io.relance.it.RunAsStagiaire;
import io.relance.it.TenantSql;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prospect qualification in the real WildFly, database and SMTP peer (GreenMail): a pick-up is
 * qualified with its priority and reasons, the caller's override needs a reason, a meeting needs a
 * high-priority card (or a directeur's reason) and its confirmation carries the .ics; the
 * directeur's rules change the verdicts; another agency reaches no card and no meeting.
 */
@ExtendWith(ArquillianExtension.class)
class QualificationIT {

    /** Two weeks after the fixture's Monday: a close deadline. */
    private static final LocalDate SOON = LocalDate.of(2026, 12, 7);

    @Deployment
    static WebArchive deployment() throws IOException {
        return ProspectAgencyFixture.deployment(QualificationIT.class);
    }

    @Inject
    ProspectAgencyFixture agency;

    @Inject
    Qualifications qualifications;

    @Inject
    Meetings meetings;

    @Inject
    QualificationSettings settings;

    @Inject
    MailDispatch dispatch;

    @Inject
    SalesTemplates templates;

    @Inject
    Prospects prospects;

    @Inject
    io.relance.application.journee.CallQueue queue;

    @Inject
    io.relance.application.contacts.ContactService contacts;

    TenantSql db;

    @BeforeEach
    void launch() throws Exception {
        db = agency.launched();
    }

    @AfterEach
    void stop() {
        agency.stop();
    }

    @Test
    void aPickUpIsQualifiedWithItsPriorityReasonsAndNextAction() throws Exception {
        long task = agency.openCallOf("Claire");
        ProspectCard before = agency.asStagiaire(() -> qualifications.card(task));
        assertTrue(before.commercial(), "an offre commerciale qualifies its prospects");
        assertFalse(before.qualified());
        assertEquals(QualificationPolicy.DEFAULT.objectiveChoices(), before.choices(), "the agency's common objectives");
        agency.pickedUp("Claire");

        ProspectCard vague = qualify(task, answers(List.of(), null, null, Horizon.NONE, DecisionMaker.UNKNOWN, 3), null, null);
        assertEquals(Priority.LOW, vague.saved().priority());
        assertEquals(List.of("qualification.reason.noObjective", "qualification.reason.noDeadline"),
                vague.saved().reasons().stream().map(PriorityRules.Reason::key).toList(), "the card says why");
        assertEquals(Priority.NextAction.SEND_STANDARD_QUOTE, vague.saved().next());
        assertEquals("meeting.refused.priority", vague.meetingRefusal(), "a low prospect gets the quote, not a meeting");

        ProspectCard eager = qualify(task, answers(List.of("Notoriété"), "Ouvrir une 3e boutique", SOON, null, DecisionMaker.YES, 5),
                null, null);
        assertEquals(Priority.HIGH, eager.saved().priority(), "close deadline, decision maker, eager");
        assertEquals(Priority.NextAction.BOOK_MEETING, eager.saved().next());
        assertNull(eager.meetingRefusal());
        assertEquals(1L, db.count("SELECT COUNT(*) FROM qualification WHERE tenant_id = ?1"), "saving again keeps one card");

        Refused noReason = assertThrows(Refused.class,
                () -> qualify(task, answers(List.of("Notoriété"), null, SOON, null, DecisionMaker.YES, 5), Priority.MEDIUM, " "));
        assertEquals("qualification.override.reason", noReason.problems().get(0).key());
        ProspectCard overridden = qualify(task, answers(List.of("Notoriété"), null, SOON, null, DecisionMaker.YES, 5),
                Priority.MEDIUM, "Budget gelé jusqu'en mars");
        assertEquals(Priority.HIGH, overridden.saved().rulesPriority());
        assertEquals(Priority.MEDIUM, overridden.saved().priority(), "the caller's priority is kept");
        assertEquals("Budget gelé jusqu'en mars", overridden.saved().overrideReason());
        assertEquals(Priority.NextAction.SEND_SHORT_PROPOSAL, overridden.saved().next());

        Refused bad = assertThrows(Refused.class, () -> qualify(task, new Qualification(List.of("Inventé"), null,
                LocalDate.of(2026, 11, 1), null, -5L, null, DecisionMaker.NO, 9), null, null));
        assertEquals(List.of("qualification.objective.unknown", "qualification.deadline.past", "qualification.budget.negative",
                "qualification.feeling.range"), bad.problems().stream().map(p -> p.key()).toList(), "every problem at once");
        assertEquals("MEDIUM", db.text("SELECT priority FROM qualification WHERE tenant_id = ?1"), "a refused card changes nothing");
    }

    @Test
    void aLowPriorityProspectReceivesTheStandardQuoteWithItsPdfFromTheCard() throws Exception {
        long quote = agency.asChef(() -> templates.create(SalesKind.QUOTE, new SalesTemplateInput("Devis standard",
                "Votre devis, {prenom}", "Bonjour {prenom},\n\nVoici notre devis standard pour {societe}.\n\n{appelant}",
                DocumentSource.GENERATED, "Devis — {societe}", "Pour {prenom} {nom} : communiqué et relances, 1 900 € HT."), null));
        long task = agency.pickedUp("Claire");
        assertEquals("qualification.send.first", assertThrows(Refused.class,
                () -> agency.asStagiaire(() -> qualifications.send(task, quote))).problems().get(0).key(),
                "the quote follows the qualification");
        ProspectCard low = qualify(task, answers(List.of(), null, null, Horizon.NONE, DecisionMaker.UNKNOWN, 2), null, null);
        assertEquals(Priority.NextAction.SEND_STANDARD_QUOTE, low.saved().next());
        assertEquals(List.of(quote), low.documents().stream().map(d -> d.id()).toList(), "the card offers the quote");
        assertTrue(low.canSend());

        assertTrue(agency.asStagiaire(() -> qualifications.send(task, quote)), "one click");
        assertFalse(agency.asStagiaire(() -> qualifications.send(task, quote)), "a double click sends one email");
        dispatch.dispatch();
        List<MimeMessage> received = agency.awaitTo(agency.address("Claire"));
        assertEquals(1, received.size());
        assertEquals("Votre devis, Claire", received.get(0).getSubject());
        BodyPart pdf = attachment(received.get(0), "Devis - Boulangeries Martin.pdf");
        assertTrue(pdf.getContentType().startsWith("application/pdf"), pdf.getContentType());
        try (var document = org.apache.pdfbox.Loader.loadPDF(read(pdf))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Pour Claire Martin"), text);
        }
        ProspectCard after = agency.asStagiaire(() -> qualifications.card(task));
        assertEquals(1, after.sent().size());
        assertEquals("Devis standard", after.sent().get(0).templateName());
        assertEquals(MailStatus.SENT, after.sent().get(0).status(), "the card records what was sent");

        long ines = agency.pickedUp("Inès");
        qualify(ines, answers(List.of(), null, null, Horizon.NONE, DecisionMaker.UNKNOWN, 2), null, null);
        assertFalse(agency.asStagiaire(() -> qualifications.card(ines)).canSend(), "no address: the buttons are off");
        assertThrows(Refused.class, () -> agency.asStagiaire(() -> qualifications.send(ines, quote)));
        String other = agency.otherAgency();
        assertThrows(NotFoundException.class, () -> InTenant.run(other, () -> agency.directeur.call(() -> qualifications.send(task, quote))),
                "another agency cannot send from this card");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND kind = 'QUOTE'"));
    }

    @Test
    void aHighPriorityProspectGetsAMeetingAndItsInvitation() throws Exception {
        long task = agency.pickedUp("Claire");
        qualify(task, answers(List.of("Lancement produit"), null, SOON, null, DecisionMaker.YES, 4), null, null);
        long sam = agency.staffId(RunAsStagiaire.EMAIL);
        long dora = agency.staffId(RunAsDirecteur.EMAIL);
        Instant start = Instant.parse("2026-12-02T09:00:00Z");
        Meetings.Booked booked = agency.asStagiaire(() -> meetings.book(task,
                new MeetingInput(start, 90, "12 rue du Four, Paris", "https://meet.example.org/abc", List.of(sam, dora), "ignored")));
        assertTrue(booked.invited());
        ProspectCard card = agency.asStagiaire(() -> qualifications.card(task));
        assertEquals(1, card.meetings().size());
        assertEquals(List.of("Dora Directrice", "Sam Test"), card.meetings().get(0).attendees());
        assertNull(card.meetings().get(0).overrideReason(), "no override was needed: no reason kept");

        dispatch.dispatch();
        MimeMessage mail = agency.awaitTo(agency.address("Claire")).get(0);
        assertTrue(mail.getSubject().startsWith("Rendez-vous confirmé le mercredi 2 décembre 2026"), mail.getSubject());
        BodyPart ics = attachment(mail, "invitation.ics");
        assertTrue(ics.getContentType().startsWith("text/calendar"), ics.getContentType());
        assertTrue(ics.getContentType().contains("REQUEST"), ics.getContentType());
        String calendar = new String(read(ics), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertTrue(calendar.contains("METHOD:REQUEST"));
        assertTrue(calendar.contains("DTSTART:20261202T090000Z") && calendar.contains("DTEND:20261202T103000Z"), calendar);
        assertTrue(calendar.contains("LOCATION:12 rue du Four\\, Paris · https://meet.example.org/abc"), calendar);
        assertTrue(calendar.contains("mailto:claire@") && calendar.contains("mailto:" + RunAsDirecteur.EMAIL), calendar);
        assertTrue(calendar.contains("ORGANIZER;CN=\"Sam Test\":mailto:" + RunAsStagiaire.EMAIL), calendar);

        for (String goer : List.of(RunAsStagiaire.EMAIL, RunAsDirecteur.EMAIL)) {
            MimeMessage copy = agency.awaitTo(goer).get(0);
            assertTrue(copy.getSubject().startsWith("Rendez-vous avec Claire Martin le mercredi 2 décembre 2026"), copy.getSubject());
            String sameEvent = new String(read(attachment(copy, "invitation.ics")), StandardCharsets.UTF_8).replace("\r\n ", "");
            assertTrue(sameEvent.contains("UID:" + calendar.replaceAll("(?s).*UID:([^\r\n]+).*", "$1")), "the same event");
            assertNull(copy.getHeader("List-Unsubscribe"), "the team's copy carries no link that would opt the prospect out");
        }
        assertEquals(List.of(io.relance.domain.mail.MailKind.MEETING), agency.asStagiaire(() -> queue.card(task)).mails().stream().map(m -> m.kind()).toList(),
                "the prospect's card lists the prospect's email, not the team's copies");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProspectsCardAndMeetingsAreInTheirPersonalDataThenErased() throws Exception {
        long task = agency.pickedUp("Claire");
        qualify(task, answers(List.of("Notoriété"), "Ouvrir une 3e boutique", SOON, null, DecisionMaker.YES, 5), null, null);
        long sam = agency.staffId(RunAsStagiaire.EMAIL);
        agency.asStagiaire(() -> meetings.book(task, new MeetingInput(Instant.parse("2026-12-02T09:00:00Z"), 60, "Au fournil",
                null, List.of(sam), null)));
        long claire = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Claire'");
        java.util.Map<String, Object> data = agency.asChef(() -> contacts.personalData(claire));
        List<java.util.Map<String, Object>> cards = (List<java.util.Map<String, Object>>) data.get("qualifications");
        assertEquals("Ouvrir une 3e boutique", cards.get(0).get("objectiveText"));
        assertEquals("2026-12-07", cards.get(0).get("deadline"));
        assertEquals("Au fournil", ((List<java.util.Map<String, Object>>) data.get("meetings")).get(0).get("place"));
        assertEquals(List.of("claire@"), ((List<java.util.Map<String, Object>>) data.get("emails")).stream()
                .map(m -> String.valueOf(m.get("to")).replaceAll("@.*", "@")).toList(), "her invitation, not the team's copy");

        agency.asChef(() -> {
            contacts.erase(claire);
            return null;
        });
        assertEquals(0L, db.count("SELECT COUNT(*) FROM qualification WHERE tenant_id = ?1 AND (objective_text IS NOT NULL "
                + "OR objectives IS NOT NULL)"), "what they said of their business is gone");
        assertEquals("HIGH", db.text("SELECT priority FROM qualification WHERE tenant_id = ?1"), "the bilan still counts the card");
        assertEquals("CANCELLED", db.text("SELECT status FROM meeting WHERE tenant_id = ?1 AND place IS NULL"));
    }

    @Test
    void noMeetingWithoutQualificationUnlessTheDirecteurGivesAReason() throws Exception {
        long hugo = agency.pickedUp("Hugo");
        long sam = agency.staffId(RunAsStagiaire.EMAIL);
        MeetingInput meeting = new MeetingInput(Instant.parse("2026-12-03T14:00:00Z"), 60, "Chez le client", null, List.of(sam), null);
        assertEquals("meeting.refused.unqualified", refusal(() -> agency.asStagiaire(() -> meetings.book(hugo, meeting))));
        qualify(hugo, answers(List.of("Événement"), null, null, Horizon.OVER_THREE_MONTHS, DecisionMaker.NO, 2), null, null);
        assertEquals("meeting.refused.priority", refusal(() -> agency.asStagiaire(() -> meetings.book(hugo, meeting))));
        assertEquals("meeting.override.reason", refusal(() -> agency.asDirecteur(() -> meetings.book(hugo, meeting))),
                "the directeur may override, with a reason");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM meeting WHERE tenant_id = ?1"), "nothing booked by a refusal");

        agency.asDirecteur(() -> meetings.book(hugo, new MeetingInput(meeting.start(), 60, "Chez le client", null, List.of(sam),
                "Client historique de l'agence")));
        assertEquals("Client historique de l'agence", db.text("SELECT override_reason FROM meeting WHERE tenant_id = ?1"));
        long hugosMeeting = db.count("SELECT id FROM meeting WHERE tenant_id = ?1");
        agency.asDirecteur(() -> {
            prospects.meetingCancelled(hugosMeeting);
            return null;
        });
        assertEquals("CANCELLED " + RunAsDirecteur.EMAIL, db.text("SELECT CONCAT(status, ' ', status_by) FROM meeting "
                + "WHERE tenant_id = ?1 AND status_at IS NOT NULL"), "who ended the meeting, and when, is kept");

        long ines = agency.pickedUp("Inès");
        qualify(ines, answers(List.of("Notoriété"), null, SOON, null, DecisionMaker.YES, 5), null, null);
        Meetings.Booked noMail = agency.asStagiaire(() -> meetings.book(ines, new MeetingInput(meeting.start(), 30, null,
                "https://visio.example.org/x", List.of(sam), null)));
        assertFalse(noMail.invited(), "Inès has no address: booked, the caller is told there is no invitation");

        Refused bad = assertThrows(Refused.class, () -> agency.asStagiaire(() -> meetings.book(ines,
                new MeetingInput(Instant.parse("2026-11-20T10:00:00Z"), 5, " ", "ftp://x", List.of(), null))));
        assertEquals(List.of("meeting.start.past", "meeting.minutes.range", "meeting.visio.invalid", "meeting.attendees.required"),
                bad.problems().stream().map(p -> p.key()).toList());
    }

    @Test
    void theDirecteursRulesChangeTheVerdictsOfTheirAgencyOnly() throws Exception {
        long task = agency.pickedUp("Claire");
        Qualification later = answers(List.of("Crise"), null, null, Horizon.OVER_THREE_MONTHS, DecisionMaker.UNKNOWN, 4);
        assertEquals(Priority.MEDIUM, qualify(task, later, null, null).saved().priority());

        QualificationPolicy relaxed = new QualificationPolicy(new PriorityRules(true, true, Horizon.OVER_THREE_MONTHS, false, 3, false),
                List.of("Crise", "Salon"), true, 120);
        assertThrows(EJBAccessException.class, () -> agency.asStagiaire(() -> {
            settings.save(relaxed);
            return null;
        }), "only the directeur tunes the rules");
        Refused invalid = assertThrows(Refused.class, () -> agency.asDirecteur(() -> {
            settings.save(new QualificationPolicy(new PriorityRules(true, true, Horizon.NONE, false, 7, false), List.of(), true, 5));
            return null;
        }));
        assertEquals(List.of("qualification.rules.highWithin", "qualification.rules.feeling", "qualification.policy.minutes"),
                invalid.problems().stream().map(p -> p.key()).toList());
        agency.asDirecteur(() -> {
            settings.save(relaxed);
            return null;
        });
        assertEquals(Priority.HIGH, qualify(task, later, null, null).saved().priority(), "far deadlines count now");
        assertEquals(List.of("Crise", "Salon"), agency.asStagiaire(() -> qualifications.card(task)).choices());

        String other = agency.otherAgency();
        assertEquals(QualificationPolicy.DEFAULT, InTenant.run(other, () -> agency.directeur.call(() -> settings.policy())),
                "another agency keeps its own rules");
    }

    @Test
    void anotherAgencyReachesNoCardAndNoMeeting() throws Exception {
        long task = agency.pickedUp("Claire");
        qualify(task, answers(List.of("Notoriété"), null, SOON, null, DecisionMaker.YES, 5), null, null);
        long sam = agency.staffId(RunAsStagiaire.EMAIL);
        String other = agency.otherAgency();
        List<Callable<?>> foreign = List.of(() -> qualifications.card(task),
                () -> qualifications.qualify(task, new QualificationInput(answers(List.of(), null, null, Horizon.NONE,
                        DecisionMaker.NO, 1), null, null)),
                () -> meetings.book(task, new MeetingInput(Instant.parse("2026-12-02T09:00:00Z"), 60, "Ici", null, List.of(sam), "x")));
        for (Callable<?> call : foreign) {
            assertThrows(NotFoundException.class, () -> InTenant.run(other, () -> agency.directeur.call(call)),
                    "another agency's call is not found, even by its directeur");
            assertThrows(NotFoundException.class, () -> InTenant.run(other, () -> agency.stagiaire.call(call)));
        }
        assertEquals("HIGH", db.text("SELECT priority FROM qualification WHERE tenant_id = ?1"), "the card did not move");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM meeting WHERE tenant_id = ?1"));
        assertEquals(0L, InTenant.call(db.tx(), other, () -> ((Number) db.em().createNativeQuery(
                "SELECT COUNT(*) FROM qualification WHERE tenant_id = ?1").setParameter(1, other).getSingleResult()).longValue()));
    }

    private ProspectCard qualify(long task, Qualification answers, Priority override, String reason) {
        return agency.asStagiaire(() -> qualifications.qualify(task, new QualificationInput(answers, override, reason)));
    }

    private static Qualification answers(List<String> objectives, String text, LocalDate deadline, Horizon horizon,
                                         DecisionMaker dm, int feeling) {
        return new Qualification(objectives, text, deadline, horizon, null, null, dm, feeling);
    }

    private static String refusal(org.junit.jupiter.api.function.Executable booking) {
        return assertThrows(Refused.class, booking).problems().get(0).key();
    }

    static BodyPart attachment(MimeMessage mail, String filename) throws Exception {
        Multipart mixed = (Multipart) mail.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            if (filename.equals(mixed.getBodyPart(i).getFileName())) {
                return mixed.getBodyPart(i);
            }
        }
        throw new AssertionError("no " + filename + " attached");
    }

    static byte[] read(BodyPart part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
