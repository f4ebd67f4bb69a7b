package io.relance.application.journee;

import io.relance.application.tenant.AgencyZone;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.contacts.AddressBook;
import io.relance.application.common.Refused;
import io.relance.application.mail.ReleaseMails;
import io.relance.application.sequence.AttemptService;
import io.relance.application.sequence.Logged;
import io.relance.application.sequence.Newsroom;
import io.relance.application.sequence.NewsroomNote;
import io.relance.application.sequence.Withdrawals;
import io.relance.domain.mail.MailKind;
import io.relance.domain.mail.MailStatus;
import io.relance.domain.sequence.CallReach;
import io.relance.domain.sequence.NewsroomRule;
import io.relance.domain.sequence.Outcome;
import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import io.relance.application.campaigns.CampaignRepository;
import io.relance.application.mail.MailStore;
import io.relance.application.staff.CurrentStaff;
import io.relance.application.staff.StaffRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Ma journée": the calls of today for the signed-in caller (a manager may read another caller's
 * day), the card of one call, and the logging of its outcome. A stagiaire reaches only their own
 * calls and never a privileged contact; anything else is not found.
 */
@Stateless
@RolesAllowed({Role.STAGIAIRE_NAME, Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class CallQueue {

    @Inject
    AgencyZone agencyZone;

    /** A call open this long without being made is marked overdue. */
    static final Duration OVERDUE_AFTER = Duration.ofMinutes(30);

    /** More calls than anyone makes in a day (3 slots × a few hundred contacts): a bound, not a page. */
    static final int MAX_PER_DAY = 1000;

    @Inject
    QueueRepository queue;

    @Inject
    StaffRepository staff;

    @Inject
    AppClock clock;

    @Inject
    AddressBook book;

    @Inject
    AttemptService attempts;

    @Inject
    ReleaseMails mails;

    @Inject
    MailStore mailStore;

    @Inject
    Withdrawals withdrawals;

    @Inject
    Newsroom newsrooms;

    @Inject
    CampaignRepository policies;

    @Inject
    CurrentStaff current;

    public Day today() {
        return dayOf(me(), current.isSenior());
    }

    @RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
    public Day of(long callerId) {
        staff.find(callerId).orElseThrow(() -> new NotFoundException("Staff " + callerId));
        return dayOf(callerId, true);
    }

    public Card card(long taskId) {
        QueueItem call = reachable(taskId);
        String[] texts = queue.texts(call.campaignId(), call.contactId());
        List<NewsroomNote> newsroom = newsrooms.said(call.campaignId(), call.contactId(), 5);
        // the chef decides (the agency's rule): the caller is told before dialling
        boolean askChef = policies.policy().newsroom() == NewsroomRule.ASK && newsroom.stream().anyMatch(NewsroomNote::covers)
                && newsrooms.isPress(call.campaignId());
        return new Card(mark(call, clock.now()), texts[0], texts[1], texts[2], queue.history(call.contactId(), 20),
                queue.sms(call.enrolmentId()), queue.replies(call.contactId(), 5),
                mailStore.ofContact(call.contactId(), call.campaignId(), 10).stream()
                        .map(m -> new Card.Mail(MailKind.valueOf(m.kind()), MailStatus.valueOf(m.status()), m.at())).toList(),
                mails.canResend(call.campaignId(), call.enrolmentId()),
                queue.wrongNumber(call.contactId()), newsroom, askChef);
    }

    /**
     * "Renvoyez-le-moi": the campaign's release emailed again to the person of this call, signed by
     * the caller, who gets the replies. Same reach as the card. Answers false when this call asked it
     * in the same minute already (a double click sends one email).
     */
    public boolean resend(long taskId) {
        QueueItem call = reachable(taskId);
        StaffMember caller = current.member();
        return mails.resend(call.campaignId(), call.enrolmentId(), taskId, caller.getEmail(), caller.getFirstName(), clock.now());
    }

    /** A call of the signed-in caller's reach (for the card's other sides: qualification, meetings). */
    public QueueItem call(long taskId) {
        return reachable(taskId);
    }

    /** A call the signed-in caller may open: a stagiaire only their own, never a privileged contact. */
    private QueueItem reachable(long taskId) {
        QueueItem call = queue.task(taskId).orElseThrow(() -> new NotFoundException("Call " + taskId));
        boolean senior = current.isSenior();
        if (!CallReach.of(senior, senior ? null : me(), call.callerId(), call.privileged()).open()) {
            throw new NotFoundException("Call " + taskId); // another caller's queue, or a senior's contact, is not there
        }
        if (withdrawals.refusesCalls(call.contactId())) {
            throw new Refused("call", "call.saidNo"); // a card left open in another tab, or a link kept
        }
        return call;
    }

    /**
     * Logs the outcome of a call and says what comes next: a prospect who picked up in a sales
     * campaign is qualified on the same call ("offre commerciale"), else the caller moves on.
     */
    public AfterOutcome log(long taskId, Outcome outcome, Instant callbackAt) {
        Logged logged = attempts.log(taskId, outcome, callbackAt);
        boolean qualify = logged.talked() && policies.require(logged.campaignId()).getKind().qualifiesProspects();
        return new AfterOutcome(logged.status(), logged.callbackAt(), qualify);
    }

    public ZoneId zone() {
        return agencyZone.get();
    }

    private Day dayOf(long callerId, boolean privileged) {
        ZoneId zone = zone();
        Instant now = clock.now();
        LocalDate date = now.atZone(zone).toLocalDate();
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<QueueItem> calls = promisedFirst(queue.calls(callerId, from, to, privileged, MAX_PER_DAY).stream()
                .map(c -> mark(c, now)).toList());
        // what comes next (tomorrow, after a weekend), so that a finished day still shows the work ahead
        List<QueueItem> upcoming = queue.calls(callerId, to, to.plus(Duration.ofDays(14)), privileged, 10);
        return new Day(date, calls, queue.done(callerId, from, to), upcoming);
    }

    /**
     * A call the anchor SMS promised for today comes first: the person is waiting for it. Only the
     * first of that person's calls today is the promised one (the later slots keep their place), and
     * the sort is stable, so the rest keep the order of their times.
     */
    static List<QueueItem> promisedFirst(List<QueueItem> calls) {
        Set<Long> seen = new HashSet<>();
        List<QueueItem> marked = new ArrayList<>(calls.size());
        for (QueueItem c : calls) {
            marked.add(c.promised() && !seen.add(c.enrolmentId()) ? c.promised(false) : c);
        }
        marked.sort(Comparator.comparing(c -> !c.promised()));
        return List.copyOf(marked);
    }

    private static QueueItem mark(QueueItem c, Instant now) {
        return c.overdue(c.isOpen() && now.isAfter(c.opensAt().plus(OVERDUE_AFTER)));
    }

    /** The signed-in caller's staff id. */
    public long me() {
        return current.id();
    }
}
