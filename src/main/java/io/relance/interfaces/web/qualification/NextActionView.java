package io.relance.interfaces.web.qualification;

import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.qualification.Meetings;
import io.relance.application.qualification.ProspectCard;
import io.relance.infrastructure.persistence.MeetingRepository.Goer;
import io.relance.domain.qualification.MeetingInput;
import io.relance.interfaces.web.session.Messages;
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
 * link, who goes, and the directeur's reason when the policy would refuse). Sending the standard
 * quote or a proposal is one click on the same card.
 */
@Named
@ViewScoped
public class NextActionView implements Serializable {

    @Inject
    QualificationView qualification;

    @Inject
    Meetings meetings;

    private List<Goer> goers;
    private LocalDateTime start;
    private int minutes = 60;
    private String place;
    private String visioUrl;
    private List<Long> attendees = new ArrayList<>();
    private String overrideReason;

    public List<Goer> getGoers() {
        if (goers == null) {
            goers = meetings.goers();
        }
        return goers;
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
            e.problems().forEach(p -> Messages.error(null, p.key(), p.value()));
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
