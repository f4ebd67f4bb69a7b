package io.relance.application.campaigns;

import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.campaign.CampaignStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of the campaigns table, with its counts read in the same query. */
public record CampaignRow(long id, String client, String subject, CampaignKind kind, CampaignStatus status,
                          LocalDate sendDate, long targets, long enrolled, long open) implements Serializable {
}
