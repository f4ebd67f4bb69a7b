package io.relance.domain.imports;

import java.util.Map;
import java.util.Set;

/**
 * What the agency already has, as lookup keys → ids, for finding duplicates without a query per
 * line: contacts by email, by phone (E.164) and by name + outlet; outlets by name; staff emails.
 * Keys are built by {@link DuplicateKeys}.
 */
public record Existing(Map<String, Long> contactsByEmail, Map<String, Long> contactsByPhone,
                       Map<String, Long> contactsByNameAndOutlet, Map<String, Long> outletsByName,
                       Set<String> staffEmails) {

    public static Existing none() {
        return new Existing(Map.of(), Map.of(), Map.of(), Map.of(), Set.of());
    }
}
