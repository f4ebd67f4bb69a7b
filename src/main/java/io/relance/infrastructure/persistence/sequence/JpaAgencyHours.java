package io.relance.infrastructure.persistence.sequence;

import io.relance.application.campaigns.CampaignRepository;
import io.relance.application.sequence.AgencyHours;
import io.relance.domain.contact.CallWindows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The working hours from the agency's policy row (its timing), the defaults when never set. */
@ApplicationScoped
public class JpaAgencyHours implements AgencyHours {

    @Inject
    CampaignRepository campaigns;

    @Override
    public List<CallWindows.Window> working() {
        return campaigns.timing().working();
    }
}
