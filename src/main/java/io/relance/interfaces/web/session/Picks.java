package io.relance.interfaces.web.session;

import io.relance.application.common.Bounds;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactService;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pickers of contacts and outlets: a suggestion reads "Marie Dupont — Le Monde #42", and the id at
 * its end is what the page keeps (names are not unique).
 */
public final class Picks {

    private static final Pattern ID = Pattern.compile("#(\\d+)$");

    private Picks() {
    }

    /** The first ten contacts whose name, outlet, email or phone starts with the prefix. */
    public static List<String> contacts(ContactService contacts, String prefix) {
        return contacts.page(new ContactQuery(Bounds.cut(prefix), null, null, null, null, null, null, null, ContactQuery.Sort.NAME, true), 0, 10)
                .stream().map(c -> c.fullName() + (c.outletName() == null ? "" : " — " + c.outletName()) + " #" + c.id()).toList();
    }

    /** The id a picked suggestion ends with, or null when nothing was picked. */
    public static Long id(String picked) {
        Matcher m = picked == null ? null : ID.matcher(picked.strip());
        return m != null && m.find() ? Long.valueOf(m.group(1)) : null;
    }

    /** The suggestion without its id, to name it in a message. */
    public static String label(String picked) {
        return picked == null || picked.lastIndexOf('#') < 0 ? picked : picked.substring(0, picked.lastIndexOf('#')).strip();
    }
}
