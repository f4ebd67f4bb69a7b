package io.relance.domain.imports;

import io.relance.domain.contact.ContactInput;
import io.relance.domain.contact.OutletInput;

import static io.relance.domain.imports.ImportField.*;

/** Turns one line into the typed input of a contact or an outlet, through the mapping. */
final class RowReader {

    private RowReader() {
    }

    static ContactInput contact(SourceRow row, ColumnMapping m) {
        String first = m.value(row, FIRST_NAME);
        String last = m.value(row, LAST_NAME);
        String full = m.value(row, FULL_NAME);
        if ((last == null || last.isBlank()) && full != null && !full.isBlank()) {
            String[] split = splitFullName(full.strip());
            first = first == null || first.isBlank() ? split[0] : first;
            last = split[1];
        }
        return new ContactInput(m.value(row, CIVILITY), first, last, m.value(row, BEAT), m.value(row, OUTLET),
                m.value(row, TOPICS), m.value(row, TIER), m.value(row, LANDLINE), m.value(row, MOBILE),
                m.value(row, EMAIL), m.value(row, TIME_ZONE), m.value(row, CALL_WINDOWS), m.value(row, LANGUAGE),
                m.value(row, OWNER), m.value(row, NOTES), m.value(row, CONFIDENTIAL_NOTES), m.value(row, LEGAL_BASIS),
                m.value(row, LEGAL_BASIS_DATE), m.value(row, LEGAL_BASIS_SOURCE), m.value(row, DO_NOT_CALL),
                m.value(row, DO_NOT_CALL_REASON), m.value(row, OPTED_OUT), m.value(row, OPTED_OUT_REASON));
    }

    static OutletInput outlet(SourceRow row, ColumnMapping m) {
        return new OutletInput(m.value(row, OUTLET), m.value(row, OUTLET_TYPE), m.value(row, OUTLET_PERIODICITY),
                m.value(row, OUTLET_CLOSING), m.value(row, OUTLET_SCALE), m.value(row, OUTLET_TIER),
                m.value(row, OUTLET_TOPICS));
    }

    /** Whether the line names an outlet with attributes worth checking. */
    static boolean hasOutletAttributes(SourceRow row, ColumnMapping m) {
        for (ImportField f : new ImportField[]{OUTLET_TYPE, OUTLET_PERIODICITY, OUTLET_CLOSING, OUTLET_SCALE,
                OUTLET_TIER, OUTLET_TOPICS}) {
            String v = m.value(row, f);
            if (v != null && !v.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Marie Dupont" → Marie / Dupont; "DUPONT Marie" (the French directory style, family name in
     * capitals first) → Marie / DUPONT; a single word is a last name.
     */
    static String[] splitFullName(String full) {
        String[] words = full.split("\\s+");
        if (words.length == 1) {
            return new String[]{null, full};
        }
        int upper = 0;
        while (upper < words.length && isUpper(words[upper])) {
            upper++;
        }
        if (upper > 0 && upper < words.length) {
            return new String[]{join(words, upper, words.length), join(words, 0, upper)};
        }
        return new String[]{words[0], join(words, 1, words.length)};
    }

    private static boolean isUpper(String word) {
        return word.length() > 1 && word.chars().anyMatch(Character::isLetter)
                && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
    }
}
