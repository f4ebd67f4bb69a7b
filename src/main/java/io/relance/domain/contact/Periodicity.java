package io.relance.domain.contact;

/** How often an outlet publishes; it says which kind of closing day ("bouclage") makes sense. */
public enum Periodicity implements Choice {
    @Aliases({"daily", "journalier"}) QUOTIDIEN,
    @Aliases({"weekly", "hebdo"}) HEBDOMADAIRE,
    @Aliases({"bimonthly", "bi-mensuel", "fortnightly", "quinzomadaire"}) BIMENSUEL,
    @Aliases({"monthly"}) MENSUEL,
    @Aliases({"bimestrial", "every two months"}) BIMESTRIEL,
    @Aliases({"quarterly"}) TRIMESTRIEL,
    @Aliases({"continu / web", "continu", "web", "continuous", "en continu"}) CONTINU,
    @Aliases({"irrégulier", "irregular"}) IRREGULIER;

    /** Weeklies close on a weekday. */
    public boolean closesOnWeekday() {
        return this == HEBDOMADAIRE || this == BIMENSUEL;
    }

    /** Monthlies and rarer close on a day of the month. */
    public boolean closesOnDayOfMonth() {
        return this == MENSUEL || this == BIMESTRIEL || this == TRIMESTRIEL;
    }
}
