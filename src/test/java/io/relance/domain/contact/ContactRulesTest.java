package io.relance.domain.contact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactRulesTest {

    @Test
    void phonesAreReadInTheAgencysCountryAndStoredInE164() {
        assertEquals("+33612345678", PhoneNumbers.mobile("06 12 34 56 78", "FR").e164());
        assertEquals("+33612345678", PhoneNumbers.mobile("612345678", "FR").e164(), "a spreadsheet ate the leading zero");
        assertEquals("+33612345678", PhoneNumbers.mobile("+33 (0)6 12 34 56 78", "FR").e164());
        assertEquals("+3225551212", PhoneNumbers.landline("+32 2 555 12 12", "FR").e164());
        assertEquals("+3225551212", PhoneNumbers.landline("02 555 12 12", "BE").e164());
        assertEquals("phone.invalid", PhoneNumbers.landline("06 12", "FR").problem());
        assertEquals("phone.invalid", PhoneNumbers.landline("n/a", "FR").problem());
        assertEquals("phone.notMobile", PhoneNumbers.mobile("01 45 00 00 00", "FR").problem());
        assertTrue(PhoneNumbers.mobile("", "FR").valid());
    }

    @Test
    void timeZoneComesFromTheNumberWhenItHasOnlyOne() {
        assertEquals("Europe/Paris", PhoneNumbers.timeZone("+33612345678").orElseThrow().getId());
        assertEquals("Europe/Brussels", PhoneNumbers.timeZone("+3225551212").orElseThrow().getId());
        assertEquals("Europe/Paris", PhoneNumbers.zoneOfRegion("FR").getId());
    }

    @Test
    void emailsAreCheckedAndLowerCased() {
        assertEquals("marie.curie@lemonde.fr", EmailAddress.normalize(" Marie.Curie@LeMonde.FR "));
        assertTrue(EmailAddress.isValid("a.b+c@sub.example.co.uk"));
        for (String bad : List.of("pas-un-mail", "a@b", "a@@b.fr", "a b@c.fr", "a..b@c.fr", "@c.fr")) {
            assertFalse(EmailAddress.isValid(EmailAddress.normalize(bad)), bad);
        }
    }

    @Test
    void choicesAcceptTheWordsPeopleUse() {
        assertEquals(OutletType.PRESSE_ECRITE, Choice.parse(OutletType.class, "Presse écrite").orElseThrow());
        assertEquals(OutletType.PRESSE_ECRITE, Choice.parse(OutletType.class, "PRESSE-ECRITE").orElseThrow());
        assertEquals(Periodicity.BIMENSUEL, Choice.parse(Periodicity.class, "bi-mensuel").orElseThrow());
        assertEquals(Periodicity.CONTINU, Choice.parse(Periodicity.class, "Continu / web").orElseThrow());
        assertEquals(Tier.A, Choice.parse(Tier.class, "1").orElseThrow());
        assertEquals(Civility.MME, Choice.parse(Civility.class, "Madame").orElseThrow());
        assertTrue(Choice.parse(Periodicity.class, "parfois").isEmpty());
    }

    @Test
    void closingDayMatchesThePeriodicity() {
        assertEquals(java.time.DayOfWeek.THURSDAY, ClosingDay.parse("Jeudi", Periodicity.HEBDOMADAIRE).day().weekday());
        assertEquals(15, ClosingDay.parse("le 15", Periodicity.MENSUEL).day().dayOfMonth());
        assertEquals("outlet.closing.mismatch", ClosingDay.parse("15", Periodicity.HEBDOMADAIRE).problem());
        assertEquals("outlet.closing.invalid", ClosingDay.parse("32", null).problem());
    }

    @Test
    void callWindowsTopicsAndLanguage() {
        assertEquals("09:00-12:00,14:30-18:00", CallWindows.parse("9h-12h ; 14h30-18h").windows().toString());
        assertEquals("contact.callWindows.invalid", CallWindows.parse("18h-9h").problem());
        assertEquals("|Culture|tech|", Topics.store(Topics.parse("Culture; tech, culture / Tech")));
        assertNull(Topics.store(List.of(" ")));
        ContactRules.Checked checked = ContactRules.check(input("Curie", "anglais"), "FR");
        assertEquals("en", checked.details().language());
        assertEquals("contact.language.unknown", ContactRules.check(input("Curie", "klingon"), "FR").problems().get(0).key());
    }

    private static ContactInput input(String lastName, String language) {
        return new ContactInput(null, null, lastName, null, null, null, null, null, null, null, null, null, language,
                null, null, null, null, null, null, null, null, null, null);
    }
}
