package io.relance.interfaces.web.journee;

import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.journee.AfterOutcome;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.Card;
import io.relance.application.journee.Day;
import io.relance.application.journee.QueueItem;
import io.relance.application.sequence.AgencyHours;
import io.relance.application.sequence.OutcomeAlreadyLogged;
import io.relance.application.tenant.AgencyZone;
import io.relance.domain.contact.CallWindows;
import io.relance.domain.sequence.Outcome;
import io.relance.interfaces.web.qualification.QualificationView;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The caller's day, one card at a time: the first open call is shown; an outcome (a click or a key)
 * logs it and moves to the next open call. "Plus tard" needs the callback's date and time.
 */
@Named
@ViewScoped
public class MaJourneeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern TASK_ID = Pattern.compile("[0-9]{1,18}");
    private static final String WORKING_HOURS = MaJourneeView.class.getName() + ".workingHours";

    @Inject
    CallQueue queue;

    @Inject
    QualificationView qualification;

    @Inject
    AgencyHours agencyHours;

    /* The agency's zone, read once per request: asked of CallQueue, each of a render's several reads
       (the date picker's bounds, the callback's parsing) was an EJB call with its own transaction. */
    @Inject
    AgencyZone agencyZone;

    /*
     * The day and the card are read again when missing rather than carried in the session: the
     * session is written whole after every request, and Faces keeps up to 8 pages' beans — 8 copies
     * of the day's queue, most of a caller's session. On the node that holds the session they stay
     * in memory between requests; on another node (failover) or for a page whose beans Faces let go,
     * they are rebuilt from the card's task, which the session keeps: the same card, same page.
     */
    private transient Day day;
    private transient Card card;
    private Long cardTask;
    private LocalDateTime callbackAt;

    public void load() {
        if (day == null && cardTask == null) {
            refresh(null);
        }
    }

    /** Reads the day again and shows the given call, else the first open one, else the first. */
    public void refresh(Long taskId) {
        day = queue.today();
        QueueItem next = day.calls().stream().filter(c -> taskId != null && c.taskId() == taskId).findFirst()
                .or(() -> day.calls().stream().filter(QueueItem::isOpen).findFirst())
                .or(() -> day.calls().stream().findFirst()).orElse(null);
        try {
            show(next == null ? null : queue.card(next.taskId()));
        } catch (Refused e) {
            show(null); // said no between the two reads: the next refresh no longer lists the call
        }
        qualify(card);
    }

    public void select(long taskId) {
        onCard(() -> {
            show(queue.card(taskId));
            qualify(card);
        });
    }

    /**
     * The call a link of the queue asked for: its task id comes in the request (the links are plain,
     * one command serves them all). The queue checks that the call is the caller's; anything but a
     * task id changes nothing.
     */
    public void selectAsked() {
        String task = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("task");
        if (task != null && TASK_ID.matcher(task).matches()) {
            select(Long.parseLong(task));
        }
    }

    private void show(Card shown) {
        card = shown;
        cardTask = shown == null ? null : shown.call().taskId();
    }

    /** The day, read again when this bean comes from the session of another node. */
    private Day day() {
        if (day == null) {
            day = queue.today();
        }
        return day;
    }

    /** The card shown, read again likewise; gone if the call no longer is the caller's. */
    private Card card() {
        if (card == null && cardTask != null) {
            try {
                card = queue.card(cardTask);
            } catch (Refused | NotFoundException e) {
                cardTask = null;
            }
        }
        return card;
    }

    /** The next call, after a prospect was qualified (key n). */
    public void next() {
        refresh(null);
    }

    private void qualify(Card shown) {
        if (shown == null) {
            qualification.close();
        } else {
            qualification.open(shown.call());
        }
    }

    public void log(String outcome) {
        Card card = card();
        if (card == null) {
            return;
        }
        Outcome o = Outcome.valueOf(outcome);
        Instant at = o == Outcome.LATER && callbackAt != null ? callbackAt.atZone(agencyZone.get()).toInstant() : null;
        onCard(() -> {
            AfterOutcome after;
            try {
                after = queue.log(card.call().taskId(), o, at);
            } catch (OutcomeAlreadyLogged e) {
                // the same card posted again (a retry after a node died mid-request): the first outcome stands
                Messages.error(null, "journee.alreadyLogged", card.call().contact(), Messages.text("enum.Outcome." + e.saved()));
                callbackAt = null;
                refresh(null);
                return;
            } catch (Refused e) {
                proposeCallback(e);
                throw e;
            }
            Messages.info("journee.logged", card.call().contact(), Messages.text("enum.Outcome." + o),
                    Messages.text("enum.EnrolmentStatus." + after.status()));
            callbackAt = null;
            long task = card.call().taskId();
            if (after.qualify()) {
                qualification.openToQualify(task);
                day = queue.today();
                show(queue.card(task));
            } else {
                refresh(null);
            }
        });
    }

    /** A callback outside business hours: the picker now holds the next possible moment, in the agency's time. */
    private void proposeCallback(Refused e) {
        e.problems().stream().filter(p -> "attempt.callback.outsideHours".equals(p.key())).findFirst().ifPresent(p ->
                callbackAt = OffsetDateTime.parse(p.value()).atZoneSameInstant(agencyZone.get()).toLocalDateTime());
    }

    /** The agency's working hours, as the callback picker says them ("09:00-18:30"): callbacks are booked inside. */
    public String getCallbackHours() {
        return new CallWindows(working()).toString().replace(",", ", ");
    }

    /** The picker's hours: from the first working hour to the last (minutes are checked when logging). */
    public int getCallbackMinHour() {
        return working().get(0).from().getHour();
    }

    public int getCallbackMaxHour() {
        List<CallWindows.Window> working = working();
        LocalTime end = working.get(working.size() - 1).to();
        return end.getMinute() == 0 ? Math.max(0, end.getHour() - 1) : end.getHour();
    }

    /**
     * The working hours, read once per request: each card's render asked for them four times or more
     * (the picker's bounds, the hint), a query of the agency's policy each. Kept with the request, not
     * the view, so that hours the directeur changes show at the caller's next click.
     */
    @SuppressWarnings("unchecked")
    private List<CallWindows.Window> working() {
        return (List<CallWindows.Window>) FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(WORKING_HOURS, k -> agencyHours.working());
    }

    /** Weekends (0 Sunday, 6 Saturday) are greyed; public holidays are refused when logging, with the next day proposed. */
    public java.util.List<Integer> getCallbackDisabledDays() {
        return java.util.List.of(0, 6);
    }

    /** No callback in the past: the picker starts today. */
    public LocalDate getCallbackMinDate() {
        return LocalDate.now(agencyZone.get());
    }

    /**
     * Runs an action on the card. A refusal is shown, and when the person said no meanwhile the card
     * goes and the day is read again; a call no longer reachable (reassigned, flagged privileged)
     * makes the day be read again.
     */
    private void onCard(Runnable action) {
        try {
            action.run();
        } catch (Refused e) {
            Refusals.show(e, "card");
            String key = e.problems().get(0).key();
            if ("attempt.saidNo".equals(key) || "call.saidNo".equals(key)) {
                refresh(null);
            }
        } catch (NotFoundException e) {
            refresh(null);
        }
    }

    /** "Renvoyez-le-moi": the release emailed again to the person of the card (key 9). */
    public void resend() {
        Card card = card();
        if (card == null) {
            return;
        }
        long task = card.call().taskId();
        onCard(() -> {
            if (queue.resend(task)) {
                Messages.info("mail.resend.queued", card.call().contact());
            } else {
                Messages.info("mail.resend.already");
            }
            show(queue.card(task));
        });
    }

    /** A phone number as a tel: link target (E.164 is already dialable). */
    public String tel(String e164) {
        return e164 == null ? "" : "tel:" + e164;
    }

    public java.time.ZoneId getZone() { return agencyZone.get(); }
    public Day getDay() { return day(); }
    public Card getCard() { return card(); }
    public LocalDateTime getCallbackAt() { return callbackAt; }
    public void setCallbackAt(LocalDateTime callbackAt) { this.callbackAt = callbackAt; }
}
