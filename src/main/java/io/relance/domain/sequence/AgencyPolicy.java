package io.relance.domain.sequence;

/**
 * What the directeur sets for the whole agency: the contact-pressure policy, the start rules, and
 * what a newsroom's yes does to the colleagues followed up in the same campaign.
 */
public record AgencyPolicy(PressurePolicy pressure, StartRules startRules, NewsroomRule newsroom) {

    public static AgencyPolicy defaults() {
        return new AgencyPolicy(PressurePolicy.DEFAULT, StartRules.defaults(), NewsroomRule.CLOSE);
    }
}
