package io.relance.interfaces.web.campaigns;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.LaunchService;
import io.relance.application.common.Refused;
import io.relance.domain.staff.Member;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Pages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A campaign's page: what it is, who works on it, its launch and its deletion while a draft. */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    LaunchService launcher;

    private Long id;
    private CampaignService.Summary summary;
    private List<Member> staff = List.of();
    private List<Long> members = new ArrayList<>();

    public void load() {
        Pages.loadById(id, summary != null, "/app/campagnes/list.xhtml", this::refresh);
    }

    private void refresh() {
        summary = campaigns.summary(id);
        staff = campaigns.staff();
        members = new ArrayList<>(campaigns.members(id).stream().map(Member::staffId).toList());
    }

    public void saveMembers() {
        try {
            campaigns.setMembers(id, members);
            Messages.info("campaign.members.saved", members.size());
        } catch (Refused e) {
            Refusals.show(e, "team");
        }
    }

    public void launch() throws IOException {
        try {
            LaunchService.Result r = launcher.launch(id);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            if (r.sendOnly() > 0) {
                Messages.info("campaign.launched.sendOnly", r.enrolled(), r.excluded(), r.sendOnly());
            } else {
                Messages.info("campaign.launched.done", r.enrolled(), r.excluded());
            }
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/app/campagnes/campaign.xhtml?id=" + id);
        } catch (Refused e) {
            Refusals.show(e, "launchForm");
        }
    }

    public void delete() throws IOException {
        try {
            campaigns.delete(id);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("campaign.deleted");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/app/campagnes/list.xhtml");
        } catch (Refused e) {
            Refusals.show(e, "deleteForm");
        }
    }

    public boolean isDraft() {
        return summary != null && summary.status() == CampaignStatus.DRAFT;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CampaignService.Summary getSummary() { return summary; }
    public List<Member> getStaff() { return staff; }
    public List<Long> getMembers() { return members; }
    public void setMembers(List<Long> members) { this.members = members; }
}
