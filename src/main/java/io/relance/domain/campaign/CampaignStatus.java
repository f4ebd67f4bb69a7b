package io.relance.domain.campaign;

/**
 * A draft is being targeted; a running campaign is being followed up; a paused one waits (nothing
 * is called or sent) until it is resumed or stopped; a stopped one ended early by a chef's decision;
 * a done one has its final bilan.
 */
public enum CampaignStatus {
    DRAFT, RUNNING, DONE, PAUSED, STOPPED;

    /** Launched: its bilan, coverage and client page exist. */
    public boolean isLaunched() {
        return this != DRAFT;
    }
}
