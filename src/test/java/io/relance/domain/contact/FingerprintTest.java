package io.relance.domain.contact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprintTest {

    @Test
    void theSameAddressAsTypedDifferentlyGivesTheSameFingerprintAndNeverShowsTheAddress() {
        Fingerprint a = Fingerprint.email("agence-a", "Zoe.Alpha@Presse.fr ");
        assertEquals(a, Fingerprint.email("agence-a", "zoe.alpha@presse.fr"), "case and spaces do not matter");
        assertEquals(64, a.hash().length());
        assertFalse(a.hash().contains("zoe"), "one-way: the address is not in it");
        assertEquals(a.hash().substring(0, 12), a.shortHash());
    }

    @Test
    void twoAgenciesListsCannotBeMatchedAgainstEachOther() {
        assertNotEquals(Fingerprint.email("agence-a", "zoe@presse.fr"), Fingerprint.email("agence-b", "zoe@presse.fr"));
        assertNotEquals(Fingerprint.email("agence-a", "+33611111111").hash(), Fingerprint.phone("agence-a", "+33611111111").hash(),
                "an email and a phone never collide");
    }

    @Test
    void aContactGivesItsEmailAndEachPhone() {
        ContactDetails d = new ContactDetails(null, "Zoé", "Alpha", null, null, null, null, "+33140000000", "+33611111111",
                "zoe@presse.fr", null, null, null, null, null, null, null, null, null, false, null, false, null);
        List<Fingerprint> prints = Fingerprint.of("agence-a", d);
        assertEquals(List.of(Fingerprint.EMAIL, Fingerprint.PHONE, Fingerprint.PHONE), prints.stream().map(Fingerprint::kind).toList());
        assertTrue(prints.contains(Fingerprint.phone("agence-a", "+33611111111")));
    }
}
