package io.relance.interfaces.web.campaigns;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.common.Refused;
import io.relance.application.qualification.ProspectRow;
import io.relance.application.qualification.Prospects;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.qualification.Priority;
import io.relance.domain.qualification.ProspectOutcome;
import io.relance.interfaces.web.session.Dates;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.PageModel;
import io.relance.interfaces.web.session.Pages;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A commercial offer's qualified prospects: a lazy table filtered by priority, where the chef de
 * projet records each one's outcome and says whether its meeting was held or cancelled.
 */
@Named
@ViewScoped
public class ProspectsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Prospects prospects;

    @Inject
    CampaignService campaigns;

    @Inject
    Dates dates;

    private Long id;
    private CampaignService.Summary summary;
    /** Every prospect of the campaign, whatever the filter: zero shows the empty state rather than a table. */
    private long total;
    private Priority priority;
    /** The outcome chosen in each row's menu, by card id ("" for none), filled with the recorded one. */
    private final Map<Long, String> outcomes = new HashMap<>();
    private transient PageModel<ProspectRow> model; // built by its getter: see PageModel

    public void load() {
        Pages.loadById(id, summary != null, "/app/campagnes/list.xhtml", () -> {
            summary = campaigns.summary(id);
            total = prospects.count(id, null);
        });
    }

    private List<ProspectRow> remember(List<ProspectRow> rows) {
        rows.forEach(r -> outcomes.put(r.qualificationId(), r.outcome() == null ? "" : r.outcome().name()));
        return rows;
    }

    public void saveOutcome(ProspectRow row) {
        String chosen = outcomes.get(row.qualificationId());
        ProspectOutcome outcome = chosen == null || chosen.isEmpty() ? null : ProspectOutcome.valueOf(chosen);
        prospects.recordOutcome(row.qualificationId(), outcome);
        Messages.info(outcome == null ? "sales.prospects.outcomeCleared" : "sales.prospects.outcomeSaved", row.name());
    }

    public void held(ProspectRow row) {
        try {
            prospects.meetingHeld(row.meeting().id());
            Messages.info("sales.prospects.heldSaved", row.name());
        } catch (Refused e) {
            Refusals.show(e, "prospects");
        }
    }

    public void cancelled(ProspectRow row) {
        try {
            prospects.meetingCancelled(row.meeting().id());
            Messages.info("sales.prospects.cancelledSaved", row.name());
        } catch (Refused e) {
            Refusals.show(e, "prospects");
        }
    }

    /** "Cancel the meeting of 24 Nov 2026, 10:15 with Zoé Alpha?" */
    public String cancelQuestion(ProspectRow row) {
        return row.meeting() == null ? "" : Messages.text("sales.prospects.cancel.confirm", dates.at(row.meeting().startsAt()), row.name());
    }

    public boolean isCommercialOffer() {
        return summary != null && summary.draft().kind() == CampaignKind.COMMERCIAL_OFFER;
    }

    public Priority[] getPriorities() { return Priority.values(); }
    public ProspectOutcome[] getOutcomeChoices() { return ProspectOutcome.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CampaignService.Summary getSummary() { return summary; }
    public long getTotal() { return total; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public Map<Long, String> getOutcomes() { return outcomes; }
    public PageModel<ProspectRow> getModel() {
        if (model == null) {
            model = new PageModel<>((first, size) -> remember(prospects.page(id, priority, first, size)), () -> prospects.count(id, priority), ProspectRow::qualificationId);
        }
        return model;
    }
}
