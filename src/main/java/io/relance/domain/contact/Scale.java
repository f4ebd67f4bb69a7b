package io.relance.domain.contact;

/** How far an outlet reaches. */
public enum Scale implements Choice {
    NATIONAL("national", "nationale"),
    REGIONAL("régional", "régionale", "regional", "pqr"),
    LOCAL("locale"),
    INTERNATIONAL("internationale");

    private final String[] aliases;

    Scale(String... aliases) {
        this.aliases = aliases;
    }

    @Override
    public String[] aliases() {
        return aliases;
    }
}
