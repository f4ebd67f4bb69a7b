package io.relance.domain.imports;

/** What a file fills: contacts (with their outlets) or outlets alone. */
public enum ImportTarget {
    CONTACTS, OUTLETS
}
