package io.relance.domain.imports;

import io.relance.domain.contact.ContactDetails;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DuplicateKeysTest {

    private static ContactDetails typed(String first, String last, String outlet, String landline, String mobile, String email) {
        return new ContactDetails(null, first, last, null, outlet, null, null, landline, mobile, email, null, null, null, null,
                null, null, null, null, null, false, null, false, null);
    }

    @Test
    void theSameEmailOrMobileIsRefusedTheSameNameAtTheSameOutletOnlyWarns() {
        assertEquals("email", DuplicateKeys.shared(typed("Zoé", "Alpha", null, null, null, "zoe@x.fr"),
                "ZOE@x.fr", null, "Paul", "Autre", null));
        assertEquals("mobile", DuplicateKeys.shared(typed("Zoé", "Alpha", null, null, "+33611111111", null),
                null, "+33611111111", "Paul", "Autre", null));
        assertEquals("nameOutlet", DuplicateKeys.shared(typed("Zoe", "ALPHA", "le monde", null, null, null),
                null, null, "Zoé", "Alpha", "Le Monde"), "case and accents ignored, as the import's keys");
        assertTrue(DuplicateKeys.refuses("email") && DuplicateKeys.refuses("mobile"));
        assertFalse(DuplicateKeys.refuses("nameOutlet"), "homonyms exist");
    }

    @Test
    void aSharedSwitchboardOrTheSameNameElsewhereIsNoDuplicate() {
        assertNull(DuplicateKeys.shared(typed("Zoé", "Alpha", "Le Monde", "+33157282000", null, null),
                null, "+33157282000", "Paul", "Autre", "Le Monde"), "a landline is not a key (nor matched against a mobile)");
        assertNull(DuplicateKeys.shared(typed("Zoé", "Alpha", "Le Monde", null, null, null), null, null, "Zoé", "Alpha", "Libération"));
        assertNull(DuplicateKeys.shared(typed("Zoé", "Alpha", null, null, null, null), null, null, "Zoé", "Alpha", null),
                "without an outlet a name alone is too weak");
    }
}
