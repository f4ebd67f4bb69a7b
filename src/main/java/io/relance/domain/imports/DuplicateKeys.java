package io.relance.domain.imports;

import io.relance.domain.contact.Choice;
import io.relance.domain.contact.ContactDetails;

import java.util.ArrayList;
import java.util.List;

/** The keys under which two contacts are the same person: same email, same phone, or same name at the same outlet. */
public final class DuplicateKeys {

    /** What two contacts share, strongest first: the same email or mobile is one person (refused)... */
    public static final String EMAIL = "email";
    public static final String MOBILE = "mobile";
    /** ...the same name at the same outlet is probably one (a warning: homonyms exist). */
    public static final String NAME_OUTLET = "nameOutlet";

    private DuplicateKeys() {
    }

    /**
     * The key a contact being saved shares with a known one ({@link #EMAIL}, {@link #MOBILE},
     * {@link #NAME_OUTLET}), null when none. Landlines are no key: a newsroom's switchboard is
     * shared by all its journalists.
     */
    public static String shared(ContactDetails c, String email, String mobile, String firstName, String lastName,
                                String outletName) {
        if (c.email() != null && c.email().equalsIgnoreCase(email)) {
            return EMAIL;
        }
        if (c.mobile() != null && c.mobile().equals(mobile)) {
            return MOBILE;
        }
        if (c.outletName() != null && outletName != null
                && nameAndOutlet(c.firstName(), c.lastName(), c.outletName()).equals(nameAndOutlet(firstName, lastName, outletName))) {
            return NAME_OUTLET;
        }
        return null;
    }

    /** Whether a match on this key forbids a second contact (the database's unique keys), not just warns. */
    public static boolean refuses(String key) {
        return EMAIL.equals(key) || MOBILE.equals(key);
    }

    /**
     * The (kind, key) pairs the database keeps unique per agency (V34): email and mobile, under the
     * kinds of {@link #of} so that an import's lookups find them.
     */
    static List<String[]> unique(ContactDetails c) {
        List<String[]> keys = new ArrayList<>(2);
        if (c.email() != null) {
            keys.add(new String[]{"email", c.email()});
        }
        if (c.mobile() != null) {
            keys.add(new String[]{"phone", c.mobile()});
        }
        return keys;
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
