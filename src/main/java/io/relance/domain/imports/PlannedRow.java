package io.relance.domain.imports;

import io.relance.domain.contact.ContactDetails;
import io.relance.domain.contact.OutletDetails;
import io.relance.domain.contact.Problem;

import java.util.List;

/**
 * What an import does with one line of the file. A duplicate names what it matched: a known row
 * ({@code existingId}) or an earlier line of the same file ({@code duplicateOfLine}). Warnings say
 * what was left empty without rejecting the line (a value of a choice column nobody chose).
 */
public record PlannedRow(int line, Action action, String label, ContactDetails contact, OutletDetails outlet,
                         Long existingId, Integer duplicateOfLine, String matchedOn, List<Problem> problems,
                         List<Problem> warnings) {

    public enum Action {
        CREATE, UPDATE, SKIP, REJECT
    }

    public PlannedRow {
        warnings = warnings == null ? List.of() : warnings;
    }

    /** A line without warnings. */
    public PlannedRow(int line, Action action, String label, ContactDetails contact, OutletDetails outlet,
                      Long existingId, Integer duplicateOfLine, String matchedOn, List<Problem> problems) {
        this(line, action, label, contact, outlet, existingId, duplicateOfLine, matchedOn, problems, List.of());
    }

    PlannedRow withContact(ContactDetails merged) {
        return new PlannedRow(line, action, label, merged, outlet, existingId, duplicateOfLine, matchedOn, problems, warnings);
    }

    PlannedRow withOutlet(OutletDetails merged) {
        return new PlannedRow(line, action, label, contact, merged, existingId, duplicateOfLine, matchedOn, problems, warnings);
    }

    PlannedRow withWarnings(List<Problem> added) {
        return new PlannedRow(line, action, label, contact, outlet, existingId, duplicateOfLine, matchedOn, problems, added);
    }
}
