package io.relance.domain.contact;

/**
 * How often an outlet publishes; it says which kind of closing day ("bouclage") makes sense. The
 * aliases are what media lists really write ("quot.", "hebdo", "tous les deux mois", "Quarterly").
 * English "bimonthly" is read as every two months, its usual sense and the French "bimestriel".
 */
public enum Periodicity implements Choice {
    @Aliases({"daily", "journalier", "quot", "quotidien régional", "quotidien national", "pqr", "pqn",
            "tous les jours", "chaque jour"}) QUOTIDIEN,
    @Aliases({"weekly", "hebdo", "phr", "chaque semaine", "par semaine", "semaine", "hebdomadaire régional"}) HEBDOMADAIRE,
    @Aliases({"bi-mensuel", "fortnightly", "quinzomadaire", "semimonthly", "semi-monthly", "twice a month",
            "deux fois par mois", "2 fois par mois", "tous les quinze jours", "tous les 15 jours"}) BIMENSUEL,
    @Aliases({"monthly", "mens", "chaque mois", "par mois", "tous les mois"}) MENSUEL,
    @Aliases({"bimestrial", "every two months", "bimonthly", "bi-monthly", "bimestr", "tous les deux mois",
            "tous les 2 mois"}) BIMESTRIEL,
    @Aliases({"quarterly", "trimestr", "trimestre", "tous les trois mois", "tous les 3 mois"}) TRIMESTRIEL,
    @Aliases({"semestrial", "semestre", "half-yearly", "semiannual", "semi-annual", "biannual", "twice a year",
            "deux fois par an", "2 fois par an"}) SEMESTRIEL,
    @Aliases({"annual", "yearly", "une fois par an", "par an", "chaque année"}) ANNUEL,
    @Aliases({"continu / web", "continu", "web", "continuous", "en continu", "online", "site", "site web",
            "internet", "en ligne", "temps réel", "real time", "pure player"}) CONTINU,
    @Aliases({"irrégulier", "irregular", "ponctuel", "occasionnel", "variable", "hors série", "aléatoire"}) IRREGULIER;

    /** Weeklies close on a weekday. */
    public boolean closesOnWeekday() {
        return this == HEBDOMADAIRE || this == BIMENSUEL;
    }

    /** Monthlies and rarer close on a day of the month. */
    public boolean closesOnDayOfMonth() {
        return this == MENSUEL || this == BIMESTRIEL || this == TRIMESTRIEL || this == SEMESTRIEL || this == ANNUEL;
    }
}
