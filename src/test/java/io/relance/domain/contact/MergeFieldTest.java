package io.relance.domain.contact;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MergeFieldTest {

    private static ContactDetails card(String first, String outlet, String mobile, String email, String notes, LegalBasis basis,
                                       boolean doNotCall, boolean optedOut) {
        return new ContactDetails(null, first, "Dubois", null, outlet, null, null, null, mobile, email, null, null, null, null,
                notes, null, basis, basis == null ? null : LocalDate.of(2025, 9, 1), basis == null ? null : "Salon",
                doNotCall, doNotCall ? "Standard" : null, optedOut, optedOut ? "STOP" : null);
    }

    @Test
    void theKeptCardsValuesStayUnlessThePersonPicksTheOthersAndEmptyOnesAreFilled() {
        ContactDetails kept = card("Claire", "Le Monde", "+33612345678", "claire@lemonde.fr", null, null, false, false);
        ContactDetails other = card("Clara", "Libération", "+33699999999", "c.dubois@gmail.com", "Préfère les SMS",
                LegalBasis.CONSENT, false, true);

        ContactDetails merged = MergeField.pick(kept, other, EnumSet.of(MergeField.EMAIL, MergeField.OUTLET));

        assertEquals("c.dubois@gmail.com", merged.email(), "picked");
        assertEquals("Libération", merged.outletName(), "picked");
        assertEquals("Claire", merged.firstName(), "not picked: the kept card's");
        assertEquals("+33612345678", merged.mobile());
        assertEquals("Préfère les SMS", merged.notes(), "empty on the kept card: filled without being asked");
        assertEquals(LegalBasis.CONSENT, merged.legalBasis());
        assertEquals("Salon", merged.legalBasisSource(), "the legal basis comes with its date and source");
        assertFalse(merged.optedOut(), "the flags are not picked here: the merge raises either card's on top");
    }

    @Test
    void nothingPickedIsTheKeptCardFilledIn() {
        ContactDetails kept = card("Claire", null, null, "claire@lemonde.fr", null, null, true, false);
        ContactDetails other = card(null, "Le Monde", "+33699999999", null, null, null, false, false);
        ContactDetails merged = MergeField.pick(kept, other, Set.of());
        assertEquals("Le Monde", merged.outletName());
        assertEquals("+33699999999", merged.mobile());
        assertEquals("claire@lemonde.fr", merged.email());
        assertTrue(merged.doNotCall());
        assertNull(merged.legalBasis());
    }
}
