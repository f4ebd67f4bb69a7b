package io.relance.application.qualification;

import io.relance.application.staff.CurrentStaff;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.QueueItem;
import io.relance.domain.contact.Problem;
import io.relance.domain.qualification.MeetingInput;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.QualificationPolicy;
import io.relance.domain.staff.Role;
import io.relance.application.staff.StaffRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * Booking a meeting with a qualified prospect from the card. Under the agency's policy ("no
 * meeting without qualification", on by default) the card must be saved with a high priority, or a
 * directeur books it anyway with a reason; the refusal says which. The prospect gets a confirmation
 * email with the calendar invitation attached.
 */
@Stateless
@RolesAllowed({Role.STAGIAIRE_NAME, Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class Meetings {

    @Inject
    CurrentStaff current;

    /** A meeting booked, and whether its invitation was written (not when the prospect has no usable address). */
    public record Booked(long meetingId, boolean invited) {
    }

    @Inject
    Qualifications qualifications;

    @Inject
    CallQueue queue;

    @Inject
    QualificationRepository repository;

    @Inject
    MeetingRepository meetings;

    @Inject
    MeetingInvitations invitations;

    @Inject
    StaffRepository staff;

    @Inject
    AppClock clock;


    /** Who of the agency can go to a meeting. */
    public List<Goer> goers() {
        return staff.enabled().stream().map(Goer::of).toList();
    }

    /** The signed-in caller's staff id (who goes by default). */
    public long me() {
        return queue.me();
    }

    public Booked book(long taskId, MeetingInput input) {
        Qualifications.Prospect prospect = qualifications.prospect(taskId);
        if (input == null) {
            throw new Refused("start", "meeting.start.required");
        }
        QualificationPolicy policy = repository.policy();
        Priority kept = prospect.saved() == null ? null : prospect.saved().priority();
        boolean directeur = current.isDirecteur();
        policy.meetingRefusal(kept, directeur, input.hasOverrideReason()).ifPresent(key -> {
            throw new Refused("policy", key);
        });
        List<Problem> problems = input.problems(clock.now());
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        List<Goer> goers = goers().stream().filter(g -> input.attendees().contains(g.id())).toList();
        if (goers.size() != input.attendees().stream().distinct().count()) {
            throw new Refused("attendees", "meeting.attendees.unknown");
        }
        QueueItem call = prospect.call();
        String uid = UUID.randomUUID() + "@relance";
        // a reason is kept only when it was needed: an override of the policy
        boolean override = policy.meetingRefusal(kept, false, false).isPresent();
        MeetingInput booked = override ? input : new MeetingInput(input.start(), input.minutes(), input.place(), input.visioUrl(),
                input.attendees(), null);
        String by = current.email();
        long id = meetings.insert(call.campaignId(), call.enrolmentId(), call.contactId(),
                prospect.saved() == null ? null : prospect.saved().id(), booked, uid, by, clock.now());
        boolean invited = invitations.invite(id, call, booked, goers, uid, by, queue.zone());
        return new Booked(id, invited);
    }
}
