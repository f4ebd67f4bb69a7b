package io.relance.domain.imports;

import io.relance.domain.contact.Choice;
import io.relance.domain.contact.ContactDetails;

import java.util.ArrayList;
import java.util.List;

/** The keys under which two contacts are the same person: same email, same phone, or same name at the same outlet. */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    public static String nameAndOutlet(String firstName, String lastName, String outletName) {
        return Choice.fold(firstName == null ? "" : firstName) + "|" + Choice.fold(lastName == null ? "" : lastName)
                + "|" + Choice.fold(outletName == null ? "" : outletName);
    }

    public static String outlet(String name) {
        return Choice.fold(name);
    }

    /** (kind, key) pairs of a contact, strongest first. */
    static List<String[]> of(ContactDetails c) {
        List<String[]> keys = new ArrayList<>(4);
        if (c.email() != null) {
            keys.add(new String[]{"email", c.email()});
        }
        if (c.mobile() != null) {
            keys.add(new String[]{"phone", c.mobile()});
        }
        if (c.landline() != null) {
            keys.add(new String[]{"phone", c.landline()});
        }
        if (c.outletName() != null) {
            keys.add(new String[]{"nameOutlet", nameAndOutlet(c.firstName(), c.lastName(), c.outletName())});
        }
        return keys;
    }
}
