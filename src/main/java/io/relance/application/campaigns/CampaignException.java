package io.relance.application.campaigns;

import io.relance.application.common.Refused;
import io.relance.domain.contact.Problem;

import java.util.List;

/** A client, campaign, targeting, template or policy change refused, with its problems. */
public class CampaignException extends Refused {

    public CampaignException(List<Problem> problems) {
        super(problems);
    }

    public CampaignException(String field, String key) {
        super(field, key);
    }
}
