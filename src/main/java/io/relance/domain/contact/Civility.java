package io.relance.domain.contact;

/** How to address a contact. */
public enum Civility implements Choice {
    M("m.", "monsieur", "mr", "mr.", "mister"),
    MME("mme", "madame", "mrs", "ms", "mlle", "mademoiselle");

    private final String[] aliases;

    Civility(String... aliases) {
        this.aliases = aliases;
    }

    @Override
    public String[] aliases() {
        return aliases;
    }
}
