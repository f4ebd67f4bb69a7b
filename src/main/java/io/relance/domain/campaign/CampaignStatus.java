package io.relance.domain.campaign;

/** A draft is being targeted; a running campaign is being followed up; a done one has its final bilan. */
public enum CampaignStatus {
    DRAFT, RUNNING, DONE
}
