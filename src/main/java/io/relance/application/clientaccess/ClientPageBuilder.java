package io.relance.application.clientaccess;

import io.relance.application.bilan.Bilan;
import io.relance.application.bilan.BilanCalculator;
import io.relance.application.coverage.CoverageRow;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.tenant.Agency;
import io.relance.infrastructure.persistence.AgencyRepository;
import io.relance.infrastructure.persistence.CoverageRepository;
import io.relance.infrastructure.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.util.List;

/** Builds the client page of a campaign the caller has already been allowed to read. */
@ApplicationScoped
public class ClientPageBuilder {

    /** The agencies are French for now; the days of the progress are Paris days. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Inject
    BilanCalculator bilans;

    @Inject
    CoverageRepository coverage;

    @Inject
    AgencyRepository agencies;

    /** The current agency's name, as its client knows it. */
    public String agencyName() {
        return agencies.find(TenantContext.require()).map(Agency::getName).orElse("");
    }

    public ClientPage of(Campaign c) {
        Bilan b = bilans.of(c);
        List<CoverageRow> pieces = coverage.of(c.getId());
        var t = b.total();
        long answers = t.getYes() + t.getNo() + t.getLater() + t.getRegistered() + t.getDecisions();
        ClientPage.Funnel funnel = new ClientPage.Funnel(t.getEnrolled(), t.getAttempts(), t.getPickUps(), answers, t.getYes(),
                t.getNo(), t.getLater(), t.getRegistered() + t.getDecisions(), pieces.size());
        return new ClientPage(c.getId(), agencyName(), b.client(), b.subject(), c.getKind(), c.getStatus(), c.getSendDate(), c.getEventDate(),
                b.isFinal(), b.at(), funnel, bilans.perDay(c.getId(), ZONE), bilans.perOutlet(c.getId()), b.perPeriodicity(), pieces);
    }
}
