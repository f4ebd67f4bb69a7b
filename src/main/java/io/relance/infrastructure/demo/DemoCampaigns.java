package io.relance.infrastructure.demo;

import io.relance.domain.contact.PhoneNumbers;
import io.relance.application.bilan.BilanService;
import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.HaltService;
import io.relance.application.campaigns.LaunchService;
import io.relance.domain.staff.Member;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.AppClock;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactRow;
import io.relance.application.contacts.ContactService;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.QueueItem;
import io.relance.application.sequence.AttemptException;
import io.relance.application.sequence.SequenceEngine;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.campaign.Halt;
import io.relance.domain.contact.ContactInput;
import io.relance.domain.contact.Tier;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo agency's campaigns, made by Julien (chef de projet) through the real services: a
 * festival invitation sent three weeks ago and followed up to its end (its bilan is final), a
 * press release sent on the previous business day (today's calls fill Ma journée), a product
 * launch paused because its embargo moved, and a draft being targeted. The festival follows the
 * agency's PRM template with escalation, so Léa's contacts who never picked up went on to Julien
 * after four calls. The past is replayed by moving the application clock, slot by slot, with the
 * engine and the callers' outcomes, so every number of the demo bilan was produced by the product.
 */
@Stateless
@PermitAll
@RunAs("chef-de-projet")
@RunAsPrincipal("chef@agence-demo.fr")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCampaigns {

    private static final ZoneId PARIS = PhoneNumbers.HOME; // the demo agency is French
    private static final LocalTime[] SLOT_OPENS = {LocalTime.of(9, 30), LocalTime.of(14, 0), LocalTime.of(16, 30)};

    /**
     * What each contact of the past campaign answers, attempt after attempt: N no answer, V voicemail,
     * W wrong number, Y yes, O no, R registered, L later (called back the next day), X opt-out,
     * "-" a slot nobody called (missed).
     */
    private static final String[] SCRIPTS = {"NY", "NNVNNVNNN", "VR", "-NO", "NLR", "W", "N-VNNNNVN", "NNNY", "VNX"};

    @Inject
    CampaignService campaigns;

    @Inject
    TargetingService targeting;

    @Inject
    LaunchService launcher;

    @Inject
    HaltService halts;

    @Inject
    io.relance.application.mail.ReleaseEmailService releaseEmail;

    @Inject
    ContactService contacts;

    @Inject
    CallQueue queue;

    @Inject
    DemoStagiaire lea;

    @Inject
    DemoTemplates templates;

    @Inject
    SequenceEngine engine;

    @Inject
    BilanService bilans;

    @Inject
    AppClock clock;

    @Inject
    DemoScheduledRelease scheduled;

    @Inject
    DemoTargeting scoring;

    @Inject
    io.relance.infrastructure.persistence.promises.DemoSmsSent promises;

    @Inject
    io.relance.application.sms.AnchorSmsService anchorSms;

    /** Answers whether the campaigns were made now (false: the demo agency had them already). */
    public boolean load() {
        if (campaigns.count(null) > 0) {
            return false;
        }
        BusinessCalendar calendar = BusinessCalendar.of("FR");
        LocalDate today = LocalDate.now(PARIS);
        List<Long> team = campaigns.staff().stream().filter(m -> m.role() != Role.DIRECTEUR).map(Member::staffId).toList();
        List<ContactRow> book = contacts.page(ContactQuery.all(), 0, 100);
        try {
            past(calendar, today, team, book.subList(0, Math.min(SCRIPTS.length, book.size())));
        } finally {
            clock.use(Clock.systemUTC());
        }
        running(calendar, today, team);
        try {
            paused(calendar, today, team);
        } catch (RuntimeException e) {
            // the rest of the demo does not depend on it: the log says why it is missing
            java.util.logging.Logger.getLogger(DemoCampaigns.class.getName()).log(java.util.logging.Level.WARNING,
                    "Demo paused campaign not made", e);
        }
        try {
            scheduled.load(calendar, today, team);
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(DemoCampaigns.class.getName()).log(java.util.logging.Level.WARNING,
                    "Demo scheduled release not made", e);
        }
        draft(today, team);
        return true;
    }

    /** The festival invitation, followed up three weeks ago, slot by slot, to its final bilan. */
    private void past(BusinessCalendar calendar, LocalDate today, List<Long> team, List<ContactRow> who) {
        LocalDate send = calendar.onOrAfter(today.minusDays(21), d -> false);
        at(send.atTime(11, 0));
        long client = campaigns.createClient("Festival Jazz en Seine");
        long id = campaigns.create(new CampaignDraft(client, CampaignKind.EVENT_INVITATION, "Soirée presse du Festival Jazz en Seine",
                "Soirée presse le " + send.plusDays(20) + " : concert privé et rencontre avec les artistes.",
                "Bonjour, je vous appelle pour l'invitation à la soirée presse du festival. L'avez-vous reçue ? "
                        + "Pouvez-vous venir ? Je peux vous inscrire tout de suite.",
                send, send.plusDays(20), send.plusDays(15), null, templates.prm()));
        campaigns.setMembers(id, team);
        Map<Long, String> scripts = new HashMap<>();
        for (int i = 0; i < who.size(); i++) {
            targeting.addOne(id, who.get(i).id());
            scripts.put(who.get(i).id(), SCRIPTS[i]);
        }
        launcher.launch(id);
        Map<Long, Integer> cursor = new HashMap<>();
        LocalDate day = send;
        for (int d = 0; d < 5; d++) {
            day = calendar.after(day, x -> false);
            for (LocalTime open : SLOT_OPENS) {
                at(day.atTime(open).plusMinutes(20));
                engine.drain();
                promises.sent(id); // the SMS of the day left before its calls: "promis aujourd'hui" comes first
                work(queue.today().calls(), scripts, cursor, false);
                work(lea.today().calls(), scripts, cursor, true);
            }
        }
        at(day.plusDays(3).atTime(20, 0));
        engine.drain();
        bilans.of(id); // every sequence has closed: the campaign ends, its bilan is final
    }

    /** Logs the next scripted outcome of each open call of one caller's queue. */
    private void work(List<QueueItem> calls, Map<Long, String> scripts, Map<Long, Integer> cursor, boolean asLea) {
        for (QueueItem call : calls) {
            String script = scripts.get(call.contactId());
            if (!call.isOpen() || script == null) {
                continue;
            }
            int step = cursor.merge(call.contactId(), 1, Integer::sum) - 1;
            char next = step < script.length() ? script.charAt(step) : 'N';
            Outcome outcome = switch (next) {
                case 'Y' -> Outcome.YES;
                case 'O' -> Outcome.NO;
                case 'V' -> Outcome.VOICEMAIL;
                case 'W' -> Outcome.WRONG_NUMBER;
                case 'R' -> Outcome.REGISTERED;
                case 'L' -> Outcome.LATER;
                case 'X' -> Outcome.OPT_OUT;
                case '-' -> null;
                default -> Outcome.NO_ANSWER;
            };
            if (outcome == null) {
                continue; // nobody called: the engine records the slot as missed when it closes
            }
            // the same time on the next business day: callbacks are booked in business hours only (issue 19)
            Instant callback = outcome == Outcome.LATER ? clock.now().atZone(PARIS)
                    .with(BusinessCalendar.of("FR").after(clock.now().atZone(PARIS).toLocalDate(), x -> false)).toInstant() : null;
            try {
                if (asLea) {
                    lea.log(call.taskId(), outcome, callback);
                } else {
                    queue.log(call.taskId(), outcome, callback);
                }
            } catch (AttemptException e) {
                // read before a colleague at the same outlet said yes: the newsroom has answered, the call is gone
                cursor.merge(call.contactId(), -1, Integer::sum);
            }
        }
    }

    /** The press release sent on the previous business day: its follow-ups run today. */
    private void running(BusinessCalendar calendar, LocalDate today, List<Long> team) {
        LocalDate send = today.minusDays(1);
        while (!calendar.isBusinessDay(send)) {
            send = send.minusDays(1);
        }
        long client = campaigns.createClient("Maison Lumière");
        long id = campaigns.create(new CampaignDraft(client, CampaignKind.PRESS_RELEASE, "Maison Lumière — collection d'hiver",
                "Quarante pièces dessinées à Lyon, en vente le 1er décembre ; visuels HD et prêts presse sur demande.",
                "Bonjour, c'est l'agence Démo pour Maison Lumière. Avez-vous vu passer notre communiqué sur la collection "
                        + "d'hiver ? Je peux vous envoyer les visuels ou organiser un prêt.",
                send, null, null, null, null));
        campaigns.setMembers(id, team);
        // emailed at launch: without SMTP (the run command) the emails wait on the outbox page
        releaseEmail.write(id, new io.relance.domain.mail.ReleaseEmail("Maison Lumière — la collection d'hiver en avant-première",
                "Bonjour {prenom},\n\nMaison Lumière présente sa collection d'hiver : quarante pièces dessinées à Lyon, "
                        + "en vente le 1er décembre.\n\nVisuels HD et prêts presse sur simple réponse à cet email.\n\n"
                        + "Bien à vous,\n{appelant}, {agence}", true));
        // the seed's own anchor SMS: the day of the call is a promise, the horizon closes the cycle
        anchorSms.write(id, "Bonjour {prenom}, {appelant} de {agence}. Je vous appelle {delai} pour faire le point sur "
                + "{sujet}. Si besoin, je reviens vers vous {horizon}.");
        targeting.addFiltered(id, ContactQuery.all());
        scoring.target(id, "Mode, Design, Lifestyle");
        launcher.launch(id);
        engine.drain(); // the anchor SMS due this morning are written now, and "leave" (see DemoSmsSent)
        promises.sent(id);
    }

    /**
     * A product launch whose embargo moved: launched last week for two tech journalists of its own
     * (everyone else is already followed up by the press release), then paused with its reason.
     */
    private void paused(BusinessCalendar calendar, LocalDate today, List<Long> team) {
        LocalDate send = calendar.onOrAfter(today.minusDays(7), d -> false);
        long client = campaigns.createClient("Orbis Mobile");
        long id = campaigns.create(new CampaignDraft(client, CampaignKind.PRESS_RELEASE, "Orbis Mobile — lancement du Orbis 7",
                "Le Orbis 7 : batterie de cinq jours, réparable, assemblé en France.", null, send, null, null, null, null));
        campaigns.setMembers(id, team);
        for (String[] who : new String[][]{{"Inès", "Roussel", "+33645112233", "ines.roussel@tech-demo.fr"},
                {"Hugo", "Marchand", "+33645445566", "hugo.marchand@tech-demo.fr"}}) {
            long contact = contacts.create(new ContactInput(null, who[0], who[1], "Tech", null, "tech", null, null, who[2], who[3],
                    null, null, "fr", null, null, null, "intérêt légitime", "2025-09-01", "Annuaire presse", "false", null,
                    "false", null), false);
            targeting.addOne(id, contact);
        }
        launcher.launch(id);
        halts.campaign(id, Halt.PAUSE, "Embargo repoussé par le client au mois prochain");
    }

    /** A draft being targeted: tier A contacts, not launched yet. */
    private void draft(LocalDate today, List<Long> team) {
        long client = campaigns.createClient("Nova Énergie");
        long id = campaigns.create(new CampaignDraft(client, CampaignKind.PRESS_RELEASE, "Nova Énergie — résultats annuels",
                "Chiffre d'affaires en hausse de 18 %, 120 recrutements en 2027.", null, today.plusDays(7), null, null, null, null));
        targeting.addFiltered(id, new ContactQuery(null, Tier.A, null, null, null, null, null, null, ContactQuery.Sort.NAME, true));
        campaigns.setMembers(id, team);
        scoring.target(id, "Énergie, Économie");
    }

    private void at(java.time.LocalDateTime paris) {
        clock.use(Clock.fixed(paris.atZone(PARIS).toInstant(), ZoneOffset.UTC));
    }
}
