package io.relance.application.clientaccess;

import io.relance.application.tenant.AgencyZone;
import io.relance.application.bilan.Bilan;
import io.relance.application.bilan.BilanCalculator;
import io.relance.application.coverage.CoverageRow;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.application.coverage.CoverageRepository;
import io.relance.application.tenant.AgencyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Builds the client page of a campaign the caller has already been allowed to read. */
@ApplicationScoped
public class ClientPageBuilder {

    @Inject
    AgencyZone agencyZone;

    /** The agencies are French for now; the days of the progress are Paris days. */

    @Inject
    AgencyService agency;

    @Inject
    BilanCalculator bilans;

    @Inject
    CoverageRepository coverage;

    /** The current agency's name, as its client knows it. */
    public ClientPage of(Campaign c) {
        return of(c, bilans.of(c));
    }

    /** The page of a campaign whose bilan is at hand already (the dashboard shows both). */
    public ClientPage of(Campaign c, Bilan b) {
        List<CoverageRow> pieces = coverage.of(c.getId());
        var t = b.total();
        long answers = t.getYes() + t.getNo() + t.getLater() + t.getRegistered() + t.getDecisions();
        ClientPage.Funnel funnel = new ClientPage.Funnel(t.getEnrolled(), t.getAttempts(), t.getPickUps(), answers, t.getYes(),
                t.getNo(), t.getLater(), t.getRegistered() + t.getDecisions(), pieces.size());
        return new ClientPage(c.getId(), agency.name(), b.client(), b.subject(), c.getKind(), c.getStatus(), c.getSendDate(), c.getEventDate(),
                b.isFinal(), b.at(), funnel, bilans.perDay(c.getId(), agencyZone.get()), bilans.perOutlet(c.getId()), b.perPeriodicity(), pieces,
                new ClientPage.Halted(c.getStatus() == CampaignStatus.PAUSED ? c.paused().at() : null, c.stopped().at(),
                        t.getStopped()));
    }
}
