package io.relance.application.qualification;

import io.relance.application.staff.CurrentStaff;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.domain.qualification.MeetingStatus;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.ProspectOutcome;
import io.relance.domain.staff.Role;
import io.relance.application.campaigns.CampaignRepository;
import io.relance.application.qualification.ProspectRepository.MeetingState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The follow-up of a commercial offer's qualified prospects, for chefs de projet and directeurs:
 * the prospects page by page, the outcome each one came to (won, lost, no answer; changeable, its
 * author and date kept) and the end of their meetings (held or cancelled). Every id is looked up
 * in the caller's agency first: another agency's campaign, card or meeting is not found, and
 * nothing changes.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class Prospects {

    @Inject
    CurrentStaff current;

    @Inject
    CampaignRepository campaigns;

    @Inject
    ProspectRepository prospects;

    @Inject
    AppClock clock;


    /** The campaign's qualified prospects, high priority first (all priorities when {@code priority} is null). */
    public List<ProspectRow> page(long campaignId, Priority priority, int first, int size) {
        campaigns.require(campaignId);
        List<ProspectRow> rows = prospects.page(campaignId, priority, first, size);
        Map<Long, List<ProspectRow.Meeting>> meetings = prospects.meetings(campaignId, rows.stream().map(ProspectRow::enrolmentId).toList())
                .stream().collect(Collectors.groupingBy(ProspectRow.Meeting::enrolmentId));
        return rows.stream().map(r -> r.withMeeting(ProspectRow.Meeting.toShow(meetings.getOrDefault(r.enrolmentId(), List.of()))
                .orElse(null))).toList();
    }

    public long count(long campaignId, Priority priority) {
        campaigns.require(campaignId);
        return prospects.count(campaignId, priority);
    }

    /**
     * Records what came of a prospect, or clears it with null ("not recorded yet"). The same outcome
     * again changes nothing, so that its first author and date stay.
     */
    public void recordOutcome(long qualificationId, ProspectOutcome outcome) {
        ProspectRepository.OutcomeState now = prospects.lockOutcome(qualificationId)
                .orElseThrow(() -> new NotFoundException("Qualification " + qualificationId));
        if (now.outcome() == outcome) {
            return;
        }
        if (outcome == null) {
            prospects.clearOutcome(qualificationId);
        } else {
            prospects.recordOutcome(qualificationId, outcome, current.email(), clock.now());
        }
    }

    /** The meeting took place: only a booked one that has started can be held. */
    public void meetingHeld(long meetingId) {
        end(meetingId, MeetingStatus.HELD);
    }

    /** The meeting will not take place (or did not): only a booked one can be cancelled. */
    public void meetingCancelled(long meetingId) {
        end(meetingId, MeetingStatus.CANCELLED);
    }

    /**
     * BOOKED → HELD or CANCELLED, once: a held meeting is not cancelled afterwards nor the other way
     * round, because the bilan's meetings held and avoided would then move under the chef's feet.
     * Asking for the status a meeting already has changes nothing (a double click is harmless).
     */
    private void end(long meetingId, MeetingStatus to) {
        MeetingState state = prospects.lockMeeting(meetingId).orElseThrow(() -> new NotFoundException("Meeting " + meetingId));
        if (state.status() == to) {
            return;
        }
        if (state.status() != MeetingStatus.BOOKED) {
            throw new Refused("status", "sales.prospects.meeting.alreadyEnded." + state.status());
        }
        if (to == MeetingStatus.HELD && state.startsAt().isAfter(clock.now())) {
            throw new Refused("status", "sales.prospects.meeting.notYet");
        }
        prospects.meetingStatus(meetingId, to, current.email(), clock.now());
    }
}
