package io.relance.domain.campaign;

/** What the campaign follows up. */
public enum CampaignKind {
    PRESS_RELEASE, EVENT_INVITATION, COMMERCIAL_OFFER;

    /** Only a sales campaign ("offre commerciale") qualifies the prospects it calls. */
    public boolean qualifiesProspects() {
        return this == COMMERCIAL_OFFER;
    }
}
