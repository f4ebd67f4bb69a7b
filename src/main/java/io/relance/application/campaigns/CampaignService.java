package io.relance.application.campaigns;

import io.relance.application.staff.CurrentStaff;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.reassignment.CallerRouting;
import io.relance.application.reassignment.ReassignmentStore;
import io.relance.application.staff.StaffRepository;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.campaign.Client;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.campaign.SequenceTemplate;
import io.relance.domain.contact.Problem;
import io.relance.domain.staff.Member;
import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Clients and campaigns for chefs de projet and directeurs: create, describe, staff a campaign,
 * read its enrolments and reassign them. Ids of another agency are not found (404).
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class CampaignService {

    @Inject
    CurrentStaff current;

    /** A campaign as its page shows it. */
    /** {@code paused}, {@code stopped}: the pause in force and the stop, with who and why (null: none). */
    public record Summary(long id, String client, CampaignDraft draft, CampaignStatus status, String template,
                          java.time.Instant launchedAt, HaltNote paused, HaltNote stopped) implements java.io.Serializable {
    }

    @Inject
    AppClock clock;

    @Inject
    CampaignRepository campaigns;

    @Inject
    StaffRepository staff;

    @Inject
    CallerRouting routing;

    @Inject
    ReassignmentStore reassignments;


    public List<ClientRow> clients() {
        return campaigns.clients();
    }

    public long createClient(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 160) {
            throw new Refused("client", clean.isEmpty() ? "client.name.required" : "client.name.long");
        }
        if (campaigns.clientNameTaken(clean)) {
            throw new Refused(List.of(new Problem("client", "client.name.taken", clean)));
        }
        Client client = new Client(clean, clock.now());
        campaigns.addClient(client);
        return client.getId();
    }

    public List<CampaignRow> page(CampaignStatus status, int first, int size) {
        return campaigns.page(status, first, size);
    }

    public long count(CampaignStatus status) {
        return campaigns.count(status);
    }

    public Summary summary(long id) {
        Campaign c = load(id);
        String template = c.getTemplateId() == null ? null
                : campaigns.template(c.getTemplateId()).map(SequenceTemplate::getName).orElse(null);
        return new Summary(id, c.getClient().getName(), CampaignDraft.of(c), c.getStatus(), template, c.getLaunchedAt(),
                HaltNote.paused(c), HaltNote.stopped(c));
    }

    public long create(CampaignDraft draft) {
        check(draft);
        Campaign c = new Campaign(client(draft.clientId()), draft.kind(), draft.subject().strip(), draft.sendDate(),
                current.email(), clock.now());
        c.apply(draft, c.getClient());
        campaigns.add(c);
        // whoever creates it works on it: a chef de projet is a member from the start
        current.find().ifPresent(me -> campaigns.setMembers(c.getId(), List.of(me.getId())));
        return c.getId();
    }

    public void update(long id, CampaignDraft draft) {
        Campaign c = load(id);
        check(draft);
        c.apply(draft, client(draft.clientId()));
    }

    /** Only a draft is deleted; a launched campaign keeps its history and its bilan. */
    public void delete(long id) {
        Campaign c = load(id);
        if (c.getStatus() != CampaignStatus.DRAFT) {
            throw new Refused("campaign", "campaign.delete.launched");
        }
        campaigns.delete(c);
    }

    public List<Member> members(long id) {
        load(id);
        return campaigns.callers(id);
    }

    /** Every enabled staff member who could be a member of a campaign, with their load. */
    public List<Member> staff() {
        return campaigns.callers(null);
    }

    public void setMembers(long id, List<Long> staffIds) {
        load(id);
        for (Long staffId : staffIds) {
            StaffMember s = staff.find(staffId).orElseThrow(() -> new NotFoundException("Staff " + staffId));
            if (!s.getRole().isStaff() || !s.isEnabled()) {
                throw new Refused(List.of(new Problem("members", "campaign.members.invalid", s.getFullName())));
            }
        }
        campaigns.setMembers(id, List.copyOf(new LinkedHashSet<>(staffIds)));
    }

    public List<EnrolmentRow> enrolments(long id, int first, int size) {
        load(id);
        return campaigns.enrolments(id, null, first, size);
    }

    public long countEnrolments(long id) {
        load(id);
        return campaigns.countEnrolments(id, null);
    }

    /** Another caller for an enrolment still running, by the launch's rule (see {@link CallerRouting#refusal}). */
    public void reassign(long enrolmentId, long staffId) {
        Enrolment e = reassignments.lockEnrolment(enrolmentId).orElseThrow(() -> new NotFoundException("Enrolment " + enrolmentId));
        StaffMember to = staff.find(staffId).orElseThrow(() -> new NotFoundException("Staff " + staffId));
        if (!e.getStatus().isOpen()) {
            throw new Refused("caller", "enrolment.closed");
        }
        if (!to.getRole().isStaff() || !to.isEnabled()) {
            throw new Refused("caller", "campaign.members.invalid");
        }
        // the launch's rule: a directeur's contact (flagged privileged or not), a privileged, tier A or
        // escalated contact never goes to a stagiaire
        routing.refusal(e, to).ifPresent(r -> {
            throw new Refused("caller", r.messageKey());
        });
        e.assignTo(staffId);
        reassignments.reassign(enrolmentId, staffId);
    }

    private Campaign load(long id) {
        return campaigns.require(id);
    }

    private Client client(Long id) {
        if (id == null) {
            throw new Refused("client", "campaign.client.required");
        }
        // another agency's client is not there
        return campaigns.client(id).orElseThrow(() -> new NotFoundException("Client " + id));
    }

    private void check(CampaignDraft draft) {
        List<Problem> problems = new java.util.ArrayList<>(draft.problems());
        if (draft.templateId() != null && campaigns.template(draft.templateId()).isEmpty()) {
            problems.add(new Problem("template", "campaign.template.unknown", String.valueOf(draft.templateId())));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }
}
