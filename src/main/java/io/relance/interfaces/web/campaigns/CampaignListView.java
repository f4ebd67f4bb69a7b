package io.relance.interfaces.web.campaigns;

import io.relance.application.campaigns.CampaignRow;
import io.relance.application.campaigns.CampaignService;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.interfaces.web.session.PageModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The agency's campaigns, newest send first, filtered by status. */
@Named
@ViewScoped
public class CampaignListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    private CampaignStatus status;
    private transient PageModel<CampaignRow> model; // built by its getter: see PageModel

    public boolean isNoCampaign() {
        return status == null && campaigns.count(null) == 0;
    }

    public CampaignStatus[] getStatuses() { return CampaignStatus.values(); }
    public CampaignStatus getStatus() { return status; }
    public void setStatus(CampaignStatus status) { this.status = status; }
    public PageModel<CampaignRow> getModel() {
        if (model == null) {
            model = new PageModel<>((first, size) -> campaigns.page(status, first, size), () -> campaigns.count(status), CampaignRow::id);
        }
        return model;
    }
}
