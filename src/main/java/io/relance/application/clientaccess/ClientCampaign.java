package io.relance.application.clientaccess;

import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.campaign.CampaignStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** One campaign in a client viewer's list. */
public record ClientCampaign(long id, String subject, CampaignKind kind, CampaignStatus status, LocalDate sendDate)
        implements Serializable {
}
