package io.relance.domain.sequence;

/** What the directeur sets for the whole agency: the contact-pressure policy and the start rules. */
public record AgencyPolicy(PressurePolicy pressure, StartRules startRules) {

    public static AgencyPolicy defaults() {
        return new AgencyPolicy(PressurePolicy.DEFAULT, StartRules.defaults());
    }
}
