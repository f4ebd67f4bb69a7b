package io.relance.domain.imports;

/** What to do with a line that matches a contact already known (same email, phone, or name and outlet). */
public enum DuplicatePolicy {
    SKIP, UPDATE, CREATE
}
