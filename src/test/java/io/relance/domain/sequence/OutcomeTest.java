package io.relance.domain.sequence;

import io.relance.domain.campaign.CampaignKind;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What Ma journée does after an outcome: qualify the prospect on the same call only after a talk in a sales campaign. */
class OutcomeTest {

    @Test
    void aTalkIsAPickUpThatDidNotEndInAnOptOut() {
        EnumSet<Outcome> talked = EnumSet.noneOf(Outcome.class);
        for (Outcome o : Outcome.values()) {
            if (o.talked()) {
                talked.add(o);
            }
        }
        assertEquals(EnumSet.of(Outcome.YES, Outcome.NO, Outcome.LATER, Outcome.REGISTERED, Outcome.DECISION), talked);
    }

    @Test
    void onlyASalesCampaignQualifiesItsProspects() {
        EnumSet<CampaignKind> qualifying = EnumSet.noneOf(CampaignKind.class);
        for (CampaignKind k : CampaignKind.values()) {
            if (k.qualifiesProspects()) {
                qualifying.add(k);
            }
        }
        assertEquals(EnumSet.of(CampaignKind.COMMERCIAL_OFFER), qualifying);
    }
}
