package io.relance.interfaces.web.qualification;

import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.qualification.Goer;
import io.relance.application.qualification.Meetings;
import io.relance.application.qualification.ProspectCard;
import io.relance.application.qualification.Qualifications;
import io.relance.application.sales.TemplateChoice;
import io.relance.domain.sales.SalesKind;
import io.relance.domain.qualification.MeetingInput;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The next action of a saved qualification card: the meeting form (date, length, place or visio
 * link, who goes, and the directeur's reason when the policy would refuse), and the standard quote
 * or a proposal sent in one click.
 */
@Named
@ViewScoped
public class NextActionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QualificationView qualification;

    @Inject
    Meetings meetings;

    @Inject
    Qualifications qualifications;

    private List<Goer> goers;
    private LocalDateTime start;
    private int minutes = 60;
    private String place;
    private String visioUrl;
    private List<Long> attendees = new ArrayList<>();
    private String overrideReason;

    /** The agency's people; the one booking goes by default. */
    public List<Goer> getGoers() {
        if (goers == null) {
            goers = meetings.goers();
            if (attendees.isEmpty()) {
                attendees.add(meetings.me());
            }
        }
        return goers;
    }

    /** The standard quote or a proposal, emailed to the prospect in one click (keys d and p). */
    public void send(TemplateChoice document) {
        ProspectCard card = qualification.getCard();
        if (card == null) {
            return;
        }
        try {
            if (qualifications.send(card.taskId(), document.id())) {
                Messages.info("qualification.sent", document.name(), card.contact());
            } else {
                Messages.info("mail.resend.already");
            }
            qualification.reload();
        } catch (Refused e) {
            Refusals.show(e, "next");
        } catch (NotFoundException e) {
            Messages.error(null, "qualification.document.gone");
            qualification.reload();
        }
    }

    /** The key that sends a document: d the standard quote, p the first proposal, none for the others. */
    public String key(TemplateChoice document) {
        ProspectCard card = qualification.getCard();
        if (document.kind() == SalesKind.QUOTE) {
            return "d";
        }
        boolean firstProposal = card != null && card.documents().stream().filter(d -> d.kind() == SalesKind.PROPOSAL)
                .findFirst().map(d -> d.id() == document.id()).orElse(false);
        return firstProposal ? "p" : "";
    }

    public String keyLabel(TemplateChoice document) {
        String key = key(document);
        return key.isEmpty() ? "" : key + " · ";
    }

    public void book(ZoneId zone) {
        ProspectCard card = qualification.getCard();
        if (card == null) {
            return;
        }
        try {
            Meetings.Booked booked = meetings.book(card.taskId(), new MeetingInput(start == null ? null : start.atZone(zone).toInstant(),
                    minutes, place, visioUrl, List.copyOf(attendees), overrideReason));
            Messages.info(booked.invited() ? "meeting.booked" : "meeting.booked.noInvitation", card.contact());
            start = null;
            place = null;
            visioUrl = null;
            overrideReason = null;
            qualification.reload();
        } catch (Refused e) {
            Refusals.show(e, "meeting");
        } catch (NotFoundException e) {
            qualification.close();
        }
    }

    public LocalDateTime getStart() { return start; }
    public void setStart(LocalDateTime start) { this.start = start; }
    public int getMinutes() { return minutes; }
    public void setMinutes(int minutes) { this.minutes = minutes; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getVisioUrl() { return visioUrl; }
    public void setVisioUrl(String visioUrl) { this.visioUrl = visioUrl; }
    public List<Long> getAttendees() { return attendees; }
    public void setAttendees(List<Long> attendees) { this.attendees = attendees == null ? new ArrayList<>() : new ArrayList<>(attendees); }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
}
