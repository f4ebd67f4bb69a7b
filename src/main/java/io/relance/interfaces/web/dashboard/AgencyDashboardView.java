package io.relance.interfaces.web.dashboard;

import io.relance.application.dashboard.Dashboards;
import io.relance.interfaces.web.session.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The directeur's view of the agency across campaigns: months, callers, the most solicited contacts, and
 * whether follow-ups work (called against "envoi seul" over every launched campaign).
 */
@Named
@ViewScoped
public class AgencyDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dashboards dashboards;

    private Dashboards.OfAgency data;

    public void load() {
        if (data == null) {
            data = dashboards.agency();
        }
    }

    public String getMonthsChart() {
        return Charts.bars(data.months(), Dashboards.Month::month, false,
                new Charts.Series<>(Messages.text("bilan.attempts"), Charts.BLUE, Dashboards.Month::attempts),
                new Charts.Series<>(Messages.text("bilan.pickUps"), Charts.GREEN, Dashboards.Month::pickUps),
                new Charts.Series<>(Messages.text("client.funnel.answers"), Charts.AMBER, Dashboards.Month::answers));
    }

    public String getCallersChart() {
        return Charts.bars(data.callers(), Dashboards.Caller::name, true,
                new Charts.Series<>(Messages.text("bilan.attempts"), Charts.BLUE, Dashboards.Caller::attempts),
                new Charts.Series<>(Messages.text("bilan.pickUps"), Charts.GREEN, Dashboards.Caller::pickUps));
    }

    /** "Sur 4 campagne(s) lancée(s) de l'agence…": what the evidence covers. */
    public String getEvidenceScope() {
        return Messages.text("evidence.scope.agency", data.evidence().campaigns());
    }

    public Dashboards.OfAgency getData() { return data; }
}
