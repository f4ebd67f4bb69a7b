package io.relance.application.sequence;

import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.reassignment.CallerRouting;
import io.relance.domain.campaign.Attempt;
import io.relance.domain.campaign.CallTask;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.contact.Contact;
import io.relance.domain.sequence.CallReach;
import io.relance.domain.sequence.EnrolmentState;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.Outcome;
import io.relance.domain.sequence.StepKind;
import io.relance.domain.staff.Role;
import io.relance.application.staff.CurrentStaff;
import io.relance.application.tenant.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import io.relance.application.common.Refused;
import io.relance.application.tenant.AgencyRepository;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.contact.Problem;
import io.relance.domain.sequence.BusinessCalendar;
import io.relance.domain.sequence.BusinessHours;
import io.relance.domain.tenant.Agency;

import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.util.List;

/**
 * Logs one call attempt from "Ma journée" and applies the rules: an explicit answer, a wrong number
 * or an opt-out closes the enrolment at once (an opt-out everywhere); "later" books a callback; the
 * next slot waits for the minimum gap; the cap closes the sequence as non prioritaire; the
 * template's escalation hands the remaining attempts to a senior. Locks the
 * enrolment, then the task (the engine's order).
 */
@Stateless
@RolesAllowed({Role.STAGIAIRE_NAME, Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class AttemptService {

    @Inject
    EnrolmentStore enrolments;

    @Inject
    AppClock clock;

    @Inject
    CurrentStaff current;

    @Inject
    StepStore steps;

    @Inject
    TaskStore tasks;

    @Inject
    OptOuts optOuts;

    @Inject
    Withdrawals withdrawals;

    @Inject
    CallerRouting routing;

    @Inject
    Newsroom newsroom;

    @Inject
    AgencyHours agencyHours;

    @Inject
    AgencyRepository agencies;

    public Logged log(long taskId, Outcome outcome, Instant callbackAt) {
        CallTask found = tasks.find(taskId).orElseThrow(() -> new NotFoundException("Call task " + taskId));
        Enrolment enrolment = enrolments.lock(found.getEnrolmentId());
        CallTask task = tasks.lock(taskId);
        Long me = current.idOrNull();
        // the queue's rule (CallQueue), read here again under lock: a privileged contact is for senior
        // staff only, even on a task the stagiaire holds (marked privileged after the assignment, or a forged task id)
        switch (CallReach.of(current.isSenior(), me, task.getCallerId(), enrolments.person(enrolment.getContactId()).isPrivileged())) {
            case NOT_THEIRS -> throw new NotFoundException("Call task " + taskId); // another caller's queue is not there
            case RESERVED -> throw new ReservedContactException();
            case OPEN -> { }
        }
        if (withdrawals.refusesCalls(enrolment.getContactId())) {
            // said no since the card was opened (another tab, another caller): nothing is logged
            throw new AttemptException("attempt.saidNo");
        }
        if (!task.isOpen()) {
            // the call task is the outcome's idempotency key: read under its row lock, a re-submitted
            // form or a POST replayed after a node died finds the outcome already there and logs nothing
            enrolments.loggedOn(taskId).ifPresent(saved -> {
                throw new OutcomeAlreadyLogged(saved);
            });
        }
        if (!task.isOpen() || !enrolment.getStatus().isOpen()) {
            throw new AttemptException("attempt.notOpen");
        }
        Instant now = clock.now();
        if (outcome == Outcome.LATER && (callbackAt == null || !callbackAt.isAfter(now))) {
            throw new AttemptException("attempt.callback.required");
        }
        if (outcome == Outcome.LATER) {
            withinBusinessHours(enrolment.getContactId(), callbackAt);
        }
        EnrolmentState next = enrolment.state().log(outcome, callbackAt, enrolment.getMaxAttempts());
        enrolment.moveTo(next, now);
        enrolments.record(new Attempt(enrolment, task, me, outcome, now, callbackAt));
        task.done();
        if (!next.status().isOpen()) {
            close(enrolment, next, now, current.email());
        } else if (outcome == Outcome.LATER) {
            bookCallback(enrolment, task, callbackAt);
        } else {
            keepTheGap(enrolment, now);
            if (enrolment.escalationDue()) {
                routing.escalate(enrolment, now); // the template's option: the remaining attempts go to a senior
            }
        }
        return new Logged(next.status(), enrolment.getCampaignId(), outcome.talked(), outcome == Outcome.LATER ? callbackAt : null);
    }

    /**
     * A callback is booked on a business day of the agency, in its working hours, in the contact's own
     * zone (issue 19): else refused, nothing logged, with the next possible moment (ISO, the contact's
     * offset) for the caller to take.
     */
    private void withinBusinessHours(long contactId, Instant at) {
        String region = agencies.find(TenantContext.require()).map(Agency::getCountry).orElse("FR");
        String tz = enrolments.person(contactId).details().timeZone();
        ZoneId zone = tz == null ? PhoneNumbers.zoneOfRegion(region) : ZoneId.of(tz);
        BusinessHours hours = new BusinessHours(BusinessCalendar.of(region), agencyHours.working());
        if (!hours.isOpen(at, zone)) {
            String next = hours.next(at, zone).toOffsetDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
            throw new Refused(List.of(new Problem("callbackAt", "attempt.callback.outsideHours", next)));
        }
    }

    private void close(Enrolment enrolment, EnrolmentState state, Instant now, String caller) {
        tasks.cancelOpen(enrolment.getId());
        if (state.startsCooldown()) {
            enrolments.person(enrolment.getContactId()).startCooldown(now.plus(Duration.ofDays(enrolment.getCooldownDays())));
        }
        if (state.status() == EnrolmentStatus.CLOSED_WRONG_NUMBER) {
            Contact contact = enrolments.person(enrolment.getContactId());
            // the number the card dials first: the mobile, else the landline
            contact.markWrongNumber(contact.details().mobile() != null ? contact.details().mobile() : contact.details().landline(), now);
        }
        Contact person = enrolments.person(enrolment.getContactId());
        newsroom.answered(enrolment, state.status(), person.details().fullName(), caller);
        if (state.status() == EnrolmentStatus.CLOSED_OPTED_OUT) {
            optOuts.everywhere(enrolment.getContactId(), "Demandé lors d'un appel", caller);
        }
    }

    /** The callback appears at its time; slots before it are not called (the person said when). */
    private void bookCallback(Enrolment enrolment, CallTask from, Instant at) {
        tasks.cancelSlotsBefore(enrolment.getId(), at);
        CallTask callback = CallTask.callback(enrolment, from.getDay(), at);
        tasks.add(callback);
        steps.schedule(TenantContext.require(), List.of(new StepStore.NewStep(StepKind.CALLBACK_DUE, callback.getId(), at),
                new StepStore.NewStep(StepKind.SLOT_CLOSE, callback.getId(), callback.getClosesAt())));
    }

    /** At least the minimum gap before the next attempt: a slot opening sooner opens later. */
    private void keepTheGap(Enrolment enrolment, Instant now) {
        tasks.openNotBefore(enrolment.getId(), now.plus(Duration.ofMinutes(enrolment.getMinGapMinutes())));
    }
}
