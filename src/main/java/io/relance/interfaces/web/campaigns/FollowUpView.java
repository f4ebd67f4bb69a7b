package io.relance.interfaces.web.campaigns;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.EnrolmentRow;
import io.relance.application.common.Refused;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.PageModel;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The contacts followed up by a launched campaign, their caller (reassignable) and progress. */
@Named
@ViewScoped
public class FollowUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignView campaign;

    /** The caller chosen in each row's menu, by enrolment id (filled with the current caller). */
    private final Map<Long, Long> callers = new HashMap<>();
    private transient PageModel<EnrolmentRow> model; // built by its getter: see PageModel

    private List<EnrolmentRow> remember(List<EnrolmentRow> rows) {
        rows.forEach(r -> callers.put(r.id(), r.callerId()));
        return rows;
    }

    public void reassign(EnrolmentRow row) {
        Long callerId = callers.get(row.id());
        if (callerId == null || callerId.equals(row.callerId())) {
            return;
        }
        try {
            campaigns.reassign(row.id(), callerId);
            Messages.info("enrolment.reassigned", row.contact());
        } catch (Refused e) {
            callers.put(row.id(), row.callerId());
            Refusals.show(e, "followup");
        }
    }

    public PageModel<EnrolmentRow> getModel() {
        if (model == null) {
            model = new PageModel<>((first, size) -> remember(campaigns.enrolments(campaign.getId(), first, size)), () -> campaigns.countEnrolments(campaign.getId()), EnrolmentRow::id);
        }
        return model;
    }
    public Map<Long, Long> getCallers() { return callers; }
}
