package io.relance.application.contacts;

import io.relance.application.common.Refused;
import io.relance.domain.contact.Problem;
import io.relance.domain.imports.DuplicateKeys;

import java.util.List;

/**
 * The contact being saved is already in the address book: same email or mobile (refused: one person,
 * one contact), or same name at the same outlet (a warning the person may confirm past, homonyms
 * exist). Carries the existing card so that the page can show it and the API answer with its id (409).
 */
public class DuplicateContactException extends Refused {

    private final long existingId;
    private final String matchedOn;
    private final String existingName;
    private final String existingOutlet;

    public DuplicateContactException(long existingId, String matchedOn, String existingName, String existingOutlet) {
        super(List.of(new Problem(field(matchedOn), "contact.duplicate." + matchedOn, existingName)));
        this.existingId = existingId;
        this.matchedOn = matchedOn;
        this.existingName = existingName;
        this.existingOutlet = existingOutlet;
    }

    private static String field(String matchedOn) {
        return switch (matchedOn) {
            case DuplicateKeys.EMAIL -> "email";
            case DuplicateKeys.MOBILE -> "mobile";
            default -> "lastName";
        };
    }

    /** Whether the person may save anyway (a homonym at the same outlet), rather than open or merge. */
    public boolean confirmable() {
        return !DuplicateKeys.refuses(matchedOn);
    }

    public long existingId() {
        return existingId;
    }

    public String matchedOn() {
        return matchedOn;
    }

    public String existingName() {
        return existingName;
    }

    public String existingOutlet() {
        return existingOutlet;
    }
}
