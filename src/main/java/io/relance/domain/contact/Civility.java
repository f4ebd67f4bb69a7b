package io.relance.domain.contact;

/** How to address a contact. */
public enum Civility implements Choice {
    @Aliases({"m.", "monsieur", "mr", "mr.", "mister", "sir"}) M,
    @Aliases({"mme", "madame", "mrs", "ms", "mlle", "mademoiselle", "miss"}) MME
}
