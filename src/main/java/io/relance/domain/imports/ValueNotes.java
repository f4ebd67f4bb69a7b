package io.relance.domain.imports;

import io.relance.domain.contact.Problem;

import java.util.List;

/**
 * What the values of a line's choice columns tell besides their codes: warnings (a value nobody
 * chose, imported as empty) and refusals (a value the person set to "reject the line").
 */
public record ValueNotes(List<Problem> warnings, List<Problem> refusals) {
}
