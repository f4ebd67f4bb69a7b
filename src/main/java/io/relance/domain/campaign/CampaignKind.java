package io.relance.domain.campaign;

/** What the campaign follows up. */
public enum CampaignKind {
    PRESS_RELEASE, EVENT_INVITATION, COMMERCIAL_OFFER
}
