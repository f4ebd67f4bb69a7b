package io.relance.domain.contact;

/**
 * A yes/no cell ("Ne pas appeler", "Opposition"): the words files use for each, read as one
 * choice so that forms, imports and the import's value mapping agree on them.
 */
public enum YesNo implements Choice {
    @Aliases({"oui", "yes", "o", "y", "x", "1", "true", "vrai"}) OUI,
    @Aliases({"non", "no", "n", "0", "false", "faux"}) NON
}
