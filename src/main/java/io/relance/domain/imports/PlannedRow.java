package io.relance.domain.imports;

import io.relance.domain.contact.ContactDetails;
import io.relance.domain.contact.OutletDetails;
import io.relance.domain.contact.Problem;

import java.util.List;

/**
 * What an import does with one line of the file. A duplicate names what it matched: a known row
 * ({@code existingId}) or an earlier line of the same file ({@code duplicateOfLine}).
 */
public record PlannedRow(int line, Action action, String label, ContactDetails contact, OutletDetails outlet,
                         Long existingId, Integer duplicateOfLine, String matchedOn, List<Problem> problems) {

    public enum Action {
        CREATE, UPDATE, SKIP, REJECT
    }

    PlannedRow withContact(ContactDetails merged) {
        return new PlannedRow(line, action, label, merged, outlet, existingId, duplicateOfLine, matchedOn, problems);
    }

    PlannedRow withOutlet(OutletDetails merged) {
        return new PlannedRow(line, action, label, contact, merged, existingId, duplicateOfLine, matchedOn, problems);
    }
}
