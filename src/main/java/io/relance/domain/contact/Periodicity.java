package io.relance.domain.contact;

/** How often an outlet publishes; it says which kind of closing day ("bouclage") makes sense. */
public enum Periodicity implements Choice {
    QUOTIDIEN("daily", "journalier"),
    HEBDOMADAIRE("weekly", "hebdo"),
    BIMENSUEL("bimonthly", "bi-mensuel", "fortnightly", "quinzomadaire"),
    MENSUEL("monthly"),
    BIMESTRIEL("bimestrial", "every two months"),
    TRIMESTRIEL("quarterly"),
    CONTINU("continu / web", "continu", "web", "continuous", "en continu"),
    IRREGULIER("irrégulier", "irregular");

    private final String[] aliases;

    Periodicity(String... aliases) {
        this.aliases = aliases;
    }

    @Override
    public String[] aliases() {
        return aliases;
    }

    /** Weeklies close on a weekday. */
    public boolean closesOnWeekday() {
        return this == HEBDOMADAIRE || this == BIMENSUEL;
    }

    /** Monthlies and rarer close on a day of the month. */
    public boolean closesOnDayOfMonth() {
        return this == MENSUEL || this == BIMESTRIEL || this == TRIMESTRIEL;
    }
}
