package io.relance.application.team;

import io.relance.application.staff.CurrentStaff;
import io.relance.application.common.NotFoundException;
import io.relance.application.identity.IdentityDirectory;
import io.relance.application.identity.IdentityException;
import io.relance.application.reassignment.CallerRouting;
import io.relance.application.reassignment.Handover;
import io.relance.application.signup.SignupRules;
import io.relance.domain.contact.Problem;
import io.relance.domain.staff.Role;
import io.relance.domain.staff.StaffMember;
import io.relance.application.staff.StaffRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import io.relance.application.common.AppClock;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The directeur's team. Role and state changes go to the database first and to Keycloak second,
 * in one transaction: if Keycloak refuses, the database change is rolled back. A directeur cannot
 * change or disable their own account, nor leave the agency without an enabled directeur. A member
 * disabled or demoted never leaves a call behind: their follow-ups move in that same transaction.
 */
@Stateless
@RolesAllowed(Role.DIRECTEUR_NAME)
public class TeamService {

    @Inject
    CurrentStaff current;

    @Inject
    StaffRepository staff;

    @Inject
    IdentityDirectory directory;

    @Inject
    TeamInvitations invitations;

    @Inject
    CallerRouting routing;

    @Inject
    AppClock clock;


    public List<TeamMember> page(int first, int size) {
        return staff.page(first, size).stream().map(TeamService::row).toList();
    }

    public long count() {
        return staff.count();
    }

    public TeamMember member(long id) {
        return row(load(id));
    }

    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public Invitation.Sent invite(Invitation invitation) {
        List<Problem> errors = new ArrayList<>();
        SignupRules.checkPerson(errors, trim(invitation.firstName()), trim(invitation.lastName()), trim(invitation.email()));
        if (!errors.isEmpty()) {
            throw new TeamException(errors); // every field at once on the screen; the API names the first
        }
        if (invitation.role() == null || !invitation.role().isStaff()) {
            throw new TeamException("role", "team.role.required");
        }
        return invitations.send(new Invitation(trim(invitation.firstName()), trim(invitation.lastName()),
                trim(invitation.email()).toLowerCase(), invitation.role()));
    }

    /**
     * A new role; what the new role may no longer call (a chef de projet made stagiaire keeps no
     * tier A, privileged or directeur's contact) is handed over in the same transaction.
     */
    public Handover changeRole(long id, Role role) {
        if (role == null || !role.isStaff()) {
            throw new TeamException("role", "team.role.required");
        }
        StaffMember member = load(id);
        refuseSelf(member);
        if (member.getRole() == Role.DIRECTEUR && role != Role.DIRECTEUR) {
            refuseLastDirecteur(member);
        }
        member.changeRole(role);
        // only a stagiaire may not keep some calls (a directeur made chef keeps their contacts: a chef may call anyone)
        Handover handover = role == Role.STAGIAIRE ? routing.handOver(member) : Handover.NOTHING;
        withIdentity(() -> directory.changeRole(accountOf(member), member.getTenantId(), role));
        return handover;
    }

    /** Disabling hands every running follow-up of the member over by the launch's rule, in the same transaction. */
    public Handover setEnabled(long id, boolean enabled) {
        StaffMember member = load(id);
        refuseSelf(member);
        if (!enabled && member.getRole() == Role.DIRECTEUR) {
            refuseLastDirecteur(member);
        }
        if (enabled) {
            member.setEnabled(true);
        } else {
            member.disable(clock.now());
        }
        Handover handover = enabled ? Handover.NOTHING : routing.handOver(member);
        withIdentity(() -> directory.setEnabled(accountOf(member), member.getTenantId(), enabled));
        return handover;
    }

    private StaffMember load(long id) {
        return staff.find(id).orElseThrow(() -> new NotFoundException("Staff member " + id));
    }

    private void refuseSelf(StaffMember member) {
        if (current.is(member)) {
            throw new TeamException("member", "team.self");
        }
    }

    private void refuseLastDirecteur(StaffMember member) {
        if (member.isEnabled() && staff.countEnabled(Role.DIRECTEUR) <= 1) {
            throw new TeamException("member", "team.lastDirecteur");
        }
    }

    /** Demo and imported members may not carry their Keycloak id yet: find it by email once. */
    private String accountOf(StaffMember member) {
        if (member.getKeycloakId() == null) {
            member.linkKeycloakId(directory.findByEmail(member.getEmail())
                    .orElseThrow(() -> new TeamException("member", "team.noAccount")));
        }
        return member.getKeycloakId();
    }

    private static void withIdentity(Runnable change) {
        try {
            change.run();
        } catch (IdentityException e) {
            throw new TeamException("member", e.reason() == IdentityException.Reason.UNAVAILABLE
                    ? "identity.unavailable" : "team.noAccount");
        }
    }

    static TeamMember row(StaffMember m) {
        return new TeamMember(m.getId(), m.getFirstName(), m.getLastName(), m.getEmail(), m.getRole(), m.isEnabled());
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
