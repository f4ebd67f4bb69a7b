package io.relance.application.promises;

import io.relance.application.campaigns.CampaignRepository;
import io.relance.application.common.AppClock;
import io.relance.domain.staff.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Whether the agency kept what its anchor SMS promised: the bilan's "promesses tenues" and the list
 * the chef de projet reads to call back those who waited in vain. Another agency's campaign is not
 * found (404), as everywhere.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class Promises {

    /** The page lists this many; the tally counts them all. */
    public static final int LISTED = 200;

    @Inject
    PromiseStore store;

    @Inject
    CampaignRepository campaigns;

    @Inject
    AppClock clock;

    public PromiseTally tally(long campaignId) {
        campaigns.require(campaignId);
        return store.tally(campaignId, clock.now());
    }

    public List<BrokenPromise> broken(long campaignId) {
        campaigns.require(campaignId);
        return store.broken(campaignId, clock.now(), LISTED);
    }
}
