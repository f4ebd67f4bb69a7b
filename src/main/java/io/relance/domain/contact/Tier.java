package io.relance.domain.contact;

/** Priority of an outlet or a contact: A first. */
public enum Tier implements Choice {
    A("1", "tier a", "tier 1", "prioritaire"),
    B("2", "tier b", "tier 2"),
    C("3", "tier c", "tier 3");

    private final String[] aliases;

    Tier(String... aliases) {
        this.aliases = aliases;
    }

    @Override
    public String[] aliases() {
        return aliases;
    }
}
