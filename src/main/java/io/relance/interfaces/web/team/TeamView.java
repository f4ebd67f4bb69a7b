package io.relance.interfaces.web.team;

import io.relance.interfaces.web.session.PageModel;
import io.relance.application.reassignment.Handover;
import io.relance.application.common.Refused;
import io.relance.application.team.Invitation;
import io.relance.application.team.TeamMember;
import io.relance.application.team.TeamService;
import io.relance.domain.staff.Role;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.PersonFields;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Backs app/agence/team.xhtml. */
@Named
@ViewScoped
public class TeamView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamService team;

    private transient PageModel<TeamMember> members; // built by its getter: see PageModel
    private final PersonFields person = new PersonFields();
    private Role role = Role.STAGIAIRE;
    private Invitation.Sent sent;
    private TeamMember selected;
    private Role newRole;

    public List<Role> getStaffRoles() {
        return List.of(Role.STAGIAIRE, Role.CHEF_DE_PROJET, Role.DIRECTEUR);
    }

    public void invite() {
        try {
            sent = team.invite(new Invitation(person.getFirstName(), person.getLastName(), person.getEmail(), role));
            person.clear();
            role = Role.STAGIAIRE;
        } catch (Refused e) {
            Refusals.show(e, "invite");
        }
    }

    public void select(TeamMember member) {
        selected = member;
        newRole = member.role();
    }

    public void changeRole() {
        apply(() -> team.changeRole(selected.id(), newRole), "team.role.changed");
    }

    public void toggleEnabled() {
        boolean enable = !selected.enabled();
        apply(() -> team.setEnabled(selected.id(), enable), enable ? "team.enabled" : "team.disabled");
    }

    private void apply(java.util.function.Supplier<Handover> change, String doneKey) {
        try {
            Handover handover = change.get();
            Messages.info(doneKey, selected.fullName());
            tell(handover);
        } catch (Refused e) {
            Refusals.show(e, "roleForm");
        }
    }

    /** The directeur is told how many running follow-ups moved, and to whom. */
    private static void tell(Handover handover) {
        if (handover.total() == 0 && handover.kept() == 0) {
            return;
        }
        if (handover.total() > 0) {
            Messages.info("team.handover.moved", handover.total());
            handover.moved().forEach(m -> Messages.info("team.handover.line", m.caller(), m.count()));
        }
        if (handover.kept() > 0) {
            Messages.info("team.handover.kept", handover.kept());
        }
    }

    public void forgetSent() {
        sent = null;
    }

    public PageModel<TeamMember> getMembers() {
        if (members == null) {
            members = new PageModel<>(team::page, team::count, TeamMember::id);
        }
        return members;
    }

    public Invitation.Sent getSent() {
        return sent;
    }

    public TeamMember getSelected() {
        return selected;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }

    public PersonFields getPerson() {
        return person;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
