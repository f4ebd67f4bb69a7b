package io.relance.application.bilan;

import io.relance.application.campaigns.EnrolmentRow;
import io.relance.application.evidence.EvidenceCalculator;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.staff.Role;
import io.relance.application.campaigns.CampaignRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A campaign's bilan for the agency: chefs de projet and directeurs read it (see {@link BilanCalculator}
 * and, for commercial offers, {@link SalesBilanCalculator}).
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class BilanService {

    @Inject
    BilanCalculator calculator;

    @Inject
    SalesBilanCalculator sales;

    @Inject
    CampaignRepository campaigns;

    @Inject
    EvidenceCalculator evidence;

    /**
     * The bilan; a commercial offer's carries its sales part, and every one the evidence on follow-ups
     * (the client's page shows neither: they are the agency's).
     */
    public Bilan of(long campaignId) {
        Campaign c = campaigns.require(campaignId);
        Bilan bilan = calculator.of(c).withSales(sales.of(c)).withEvidence(evidence.ofCampaign(campaignId));
        if (bilan.isFinal() && c.getStatus() == CampaignStatus.RUNNING) {
            c.end(); // the last sequence has closed: the campaign is done and its bilan final
        }
        return bilan;
    }

    /** Per contact: the enrolments with their attempts, pick-ups and answer. */
    public List<EnrolmentRow> contacts(long campaignId, int first, int size) {
        campaigns.require(campaignId);
        return campaigns.enrolments(campaignId, null, first, size);
    }
}
