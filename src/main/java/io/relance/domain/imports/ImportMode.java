package io.relance.domain.imports;

/** Import the valid lines and report the rest, or import nothing unless every line is valid. */
public enum ImportMode {
    VALID_ROWS, ALL_OR_NOTHING
}
