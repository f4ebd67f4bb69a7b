package io.relance.infrastructure.demo;

import io.relance.domain.contact.PhoneNumbers;
import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.LaunchService;
import io.relance.domain.staff.Member;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.AppClock;
import io.relance.application.contacts.ContactService;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.QueueItem;
import io.relance.application.qualification.Meetings;
import io.relance.application.qualification.Prospects;
import io.relance.application.qualification.Qualifications;
import io.relance.application.sales.SalesMails;
import io.relance.application.sales.TemplateChoice;
import io.relance.application.sequence.SequenceEngine;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.contact.ContactInput;
import io.relance.domain.qualification.DecisionMaker;
import io.relance.domain.qualification.Horizon;
import io.relance.domain.qualification.MeetingInput;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.ProspectOutcome;
import io.relance.domain.sales.SalesKind;
import io.relance.domain.qualification.Qualification;
import io.relance.domain.qualification.QualificationInput;
import io.relance.domain.sequence.BusinessCalendar;
import io.relance.domain.sequence.Outcome;
import io.relance.domain.staff.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo agency prospecting for itself ("offre commerciale"), made by Julien through the real
 * services: six small companies called from three business days ago. On the first morning four
 * pick up and are qualified — one low (sent the standard quote, no answer since), one medium (sent a
 * proposal), one high (met the next day, won), one medium raised to high by the caller with a reason
 * (a visio meeting ahead) — and the two others still have calls in today's Ma journée.
 * Addresses are on the reserved .example domain: a demo run with SMTP set emails nobody real.
 */
@Stateless
@PermitAll
@RunAs("chef-de-projet")
@RunAsPrincipal("chef@agence-demo.fr")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoProspects {

    private static final ZoneId PARIS = PhoneNumbers.HOME; // the demo agency is French

    /** First name, last name, company, mobile. */
    private static final String[][] PROSPECTS = {
            {"Sophie", "Garnier", "Boulangeries Garnier", "+33645100001"},
            {"Marc", "Lefèvre", "Cycles Lefèvre", "+33645100002"},
            {"Nadia", "Benali", "Studio Benali Design", "+33645100003"},
            {"Thomas", "Roux", "Brasserie du Canal", "+33645100004"},
            {"Élodie", "Faure", "Faure Cosmétiques", "+33645100005"},
            {"Karim", "Haddad", "Haddad Logistique", "+33645100006"}};

    @Inject
    CampaignService campaigns;

    @Inject
    TargetingService targeting;

    @Inject
    LaunchService launcher;

    @Inject
    ContactService contacts;

    @Inject
    CallQueue queue;

    @Inject
    DemoStagiaire lea;

    @Inject
    SequenceEngine engine;

    @Inject
    Qualifications qualifications;

    @Inject
    Meetings meetings;

    @Inject
    SalesMails sales;

    @Inject
    Prospects prospects;

    @Inject
    AppClock clock;

    public void load() {
        BusinessCalendar calendar = BusinessCalendar.of("FR");
        LocalDate today = LocalDate.now(PARIS);
        LocalDate send = today;
        for (int i = 0; i < 3; i++) {
            do {
                send = send.minusDays(1);
            } while (!calendar.isBusinessDay(send));
        }
        List<Member> staff = campaigns.staff();
        List<Long> team = staff.stream().filter(m -> m.role() != Role.DIRECTEUR).map(Member::staffId).toList();
        List<Long> goers = staff.stream().filter(m -> m.role() != Role.STAGIAIRE).map(Member::staffId).toList();
        Map<Long, Integer> who = new HashMap<>();
        try {
            at(send.atTime(10, 0));
            long client = campaigns.createClient("Agence Démo — nos offres");
            long id = campaigns.create(new CampaignDraft(client, CampaignKind.COMMERCIAL_OFFER, "Pack presse PME — offre d'hiver",
                    "Pack relations presse pour PME : communiqué, relances mesurées et bilan, à partir de 1 900 € HT.",
                    "Bonjour, c'est l'Agence Démo. Nous accompagnons les PME en relations presse. Quels sont vos objectifs "
                            + "cette année ? Et votre échéance ?", send, null, null, null, null));
            campaigns.setMembers(id, team);
            for (int i = 0; i < PROSPECTS.length; i++) {
                String[] p = PROSPECTS[i];
                long contact = contacts.create(new ContactInput(null, p[0], p[1], null, p[2], null, null, null, p[3],
                        (p[0] + "." + p[1]).toLowerCase().replace("é", "e").replace("è", "e") + "@prospect.example",
                        null, null, null, null, "Prospect de l'agence", null, null, null, null, null, null, null, null), false);
                targeting.addOne(id, contact);
                who.put(contact, i);
            }
            launcher.launch(id);
            LocalDate first = calendar.after(send, d -> false);
            at(first.atTime(9, 50));
            engine.drain();
            List<QueueItem> open = new ArrayList<>(queue.today().calls());
            open.addAll(lea.today().calls());
            Map<Integer, Long> tasks = new HashMap<>();
            for (QueueItem call : open) {
                Integer n = who.get(call.contactId());
                if (call.isOpen() && n != null) {
                    tasks.put(n, call.taskId());
                    queue.log(call.taskId(), n < 4 ? Outcome.YES : Outcome.NO_ANSWER, null);
                }
            }
            qualify(tasks.get(0), new Qualification(List.of(), "Voir plus tard, rien de prévu", null, Horizon.NONE, null, null,
                    DecisionMaker.YES, 2), null, null);
            qualify(tasks.get(1), new Qualification(List.of("Notoriété"), null, null, Horizon.OVER_THREE_MONTHS, null, 2000L,
                    DecisionMaker.YES, 3), null, null);
            qualify(tasks.get(2), new Qualification(List.of("Lancement produit"), "Lancer la nouvelle gamme au salon Maison&Objet",
                    first.plusDays(20), null, 3000L, 6000L, DecisionMaker.YES, 5), null, null);
            qualify(tasks.get(3), new Qualification(List.of("Événement"), "Inauguration de la terrasse", first.plusDays(40), null,
                    null, null, DecisionMaker.UNKNOWN, 4), Priority.HIGH, "Le gérant était à côté et a dit oui au rendez-vous");
            List<TemplateChoice> documents = sales.choices();
            documents.stream().filter(d -> d.kind() == SalesKind.QUOTE).findFirst()
                    .ifPresent(quote -> qualifications.send(tasks.get(0), quote.id()));
            documents.stream().filter(d -> d.kind() == SalesKind.PROPOSAL).findFirst()
                    .ifPresent(proposal -> qualifications.send(tasks.get(1), proposal.id()));
            long held = meetings.book(tasks.get(2), new MeetingInput(at(calendar.after(first, d -> false), 10), 90,
                    "Studio Benali, 14 rue Juiverie, Lyon 5e", null, goers, null)).meetingId();
            meetings.book(tasks.get(3), new MeetingInput(at(calendar.after(today, d -> false), 15), 60, null,
                    "https://visio.agence-demo.example/canal", goers.subList(0, 1), null));
            clock.use(Clock.systemUTC());
            // the chef's follow-up since: Nadia's meeting was held and she signed; Sophie never answered the quote
            prospects.meetingHeld(held);
            prospects.recordOutcome(qualifications.card(tasks.get(2)).saved().id(), ProspectOutcome.WON);
            prospects.recordOutcome(qualifications.card(tasks.get(0)).saved().id(), ProspectOutcome.NO_ANSWER);
        } finally {
            clock.use(Clock.systemUTC());
        }
    }

    private void qualify(Long task, Qualification answers, Priority override, String reason) {
        qualifications.qualify(task, new QualificationInput(answers, override, reason));
    }

    private static java.time.Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(PARIS).toInstant();
    }

    private void at(LocalDateTime paris) {
        clock.use(Clock.fixed(paris.atZone(PARIS).toInstant(), ZoneOffset.UTC));
    }
}
