package io.relance.application.qualification;

import io.relance.application.staff.CurrentStaff;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.QueueItem;
import io.relance.application.sales.SalesMails;
import io.relance.domain.contact.Problem;
import io.relance.domain.qualification.PriorityRules;
import io.relance.domain.qualification.Qualification;
import io.relance.domain.qualification.QualificationInput;
import io.relance.domain.qualification.QualificationPolicy;
import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import io.relance.application.campaigns.CampaignRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/**
 * The qualification card of a call: read, judged live while the caller types, and saved. A call is
 * reached as in Ma journée (a stagiaire only their own, never a privileged contact), and only
 * "offre commerciale" campaigns qualify their prospects; anything else is not found.
 */
@Stateless
@RolesAllowed({Role.STAGIAIRE_NAME, Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class Qualifications {

    @Inject
    CurrentStaff current;

    @Inject
    CallQueue queue;

    @Inject
    QualificationRepository repository;

    @Inject
    MeetingRepository meetings;

    @Inject
    SalesMails sales;

    @Inject
    CampaignRepository campaigns;

    @Inject
    AppClock clock;


    /** A call of a commercial offer, reached by the signed-in caller, with its saved card if any. */
    public record Prospect(QueueItem call, QualificationRow saved) implements java.io.Serializable {
    }

    /** The card of a call (its qualification side); {@code commercial} false for other kinds of campaign. */
    public ProspectCard card(long taskId) {
        return card(queue.call(taskId));
    }

    /**
     * The same, for a call the queue just gave the signed-in caller (Ma journée's card): not read
     * and checked a second time, and a press campaign's call needs nothing more.
     */
    public ProspectCard card(QueueItem call) {
        long taskId = call.taskId();
        boolean directeur = current.isDirecteur();
        if (!commercial(call)) {
            return new ProspectCard(taskId, call.enrolmentId(), call.campaignId(), call.contact(), false, List.of(), null,
                    List.of(), null, directeur, List.of(), List.of(), false);
        }
        QualificationPolicy policy = repository.policy();
        QualificationRow saved = repository.ofEnrolment(call.enrolmentId()).orElse(null);
        // what the policy says to this caller; a directeur is told too, and may book anyway with a reason
        String refusal = policy.meetingRefusal(saved == null ? null : saved.priority(), false, false).orElse(null);
        SalesMails.CardDocuments documents = sales.forCard(call.enrolmentId());
        return new ProspectCard(taskId, call.enrolmentId(), call.campaignId(), call.contact(), true,
                policy.objectiveChoices(), saved, meetings.ofEnrolment(call.enrolmentId()), refusal, directeur,
                documents.choices(), documents.sent(), documents.canSend());
    }

    /**
     * The prospect of a call, for a change (qualifying, sending, booking): the call must be the
     * caller's to reach and of an "offre commerciale"; anything else is not found.
     */
    public Prospect prospect(long taskId) {
        QueueItem call = queue.call(taskId);
        if (!commercial(call)) {
            throw new NotFoundException("Prospect of call " + taskId); // nothing to qualify in a press campaign
        }
        return new Prospect(call, repository.ofEnrolment(call.enrolmentId()).orElse(null));
    }

    /** What the rules say of these answers, before they are saved (the card shows it as the caller types). */
    public PriorityRules.Verdict judge(Qualification answers) {
        return repository.policy().rules().judge(answers, today());
    }

    /** Saves the card of a call's prospect (again, if it was saved before) and answers it as saved. */
    public ProspectCard qualify(long taskId, QualificationInput input) {
        QueueItem call = prospect(taskId).call();
        if (input == null || input.answers() == null) {
            throw new Refused("feeling", "qualification.feeling.range");
        }
        QualificationPolicy policy = repository.policy();
        List<Problem> problems = input.problems(today(), policy.objectiveChoices());
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        PriorityRules.Verdict verdict = policy.rules().judge(input.answers(), today());
        repository.save(call.campaignId(), call.enrolmentId(), call.contactId(), current.id(), input, verdict,
                current.email(), clock.now());
        return card(taskId);
    }

    /**
     * Sends the standard quote or a proposal to the prospect of a qualified card, signed by the
     * signed-in caller, who gets the replies. Answers false when the same document was asked in this
     * minute already (a double click sends one email).
     */
    public boolean send(long taskId, long templateId) {
        Prospect prospect = prospect(taskId);
        if (prospect.saved() == null) {
            throw new Refused("qualification", "qualification.send.first");
        }
        StaffMember me = current.member();
        return sales.send(prospect.call().enrolmentId(), templateId, me.getEmail(), me.getFirstName(), clock.now());
    }

    private boolean commercial(QueueItem call) {
        return campaigns.require(call.campaignId()).getKind().qualifiesProspects();
    }


    private LocalDate today() {
        return clock.today(queue.zone());
    }
}
