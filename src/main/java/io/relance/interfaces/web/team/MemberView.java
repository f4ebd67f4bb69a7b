package io.relance.interfaces.web.team;

import io.relance.application.common.NotFoundException;
import io.relance.application.team.TeamMember;
import io.relance.application.team.TeamService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/** Backs app/agence/member.xhtml?id=N: an unknown id, or another agency's, answers 404. */
@Named
@ViewScoped
public class MemberView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamService team;

    private Long id;
    private TeamMember member;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException("Staff member");
            }
            member = team.member(id);
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TeamMember getMember() {
        return member;
    }
}
