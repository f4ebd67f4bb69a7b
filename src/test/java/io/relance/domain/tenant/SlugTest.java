package io.relance.domain.tenant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugTest {

    @Test
    void acceptsShortLowercaseIds() {
        assertTrue(Slug.isValid("agence-demo"));
        assertTrue(Slug.isValid("rp2"));
        assertTrue(Slug.isValid("a".repeat(30)));
    }

    @Test
    void refusesWhatWouldBreakUrlsOrClaims() {
        assertFalse(Slug.isValid(null));
        assertFalse(Slug.isValid("ab"), "too short");
        assertFalse(Slug.isValid("a".repeat(31)), "too long");
        assertFalse(Slug.isValid("Agence"), "uppercase");
        assertFalse(Slug.isValid("-agence"), "leading hyphen");
        assertFalse(Slug.isValid("agence-"), "trailing hyphen");
        assertFalse(Slug.isValid("agence--demo"), "double hyphen");
        assertFalse(Slug.isValid("agence démo"), "space and accent");
    }

    @Test
    void suggestsASlugFromTheAgencyName() {
        assertEquals("agence-demo", Slug.suggest("Agence Démo"));
        assertEquals("l-atelier-presse", Slug.suggest("  L'Atelier  Presse! "));
        assertEquals(30, Slug.suggest("Une agence au nom vraiment beaucoup trop long pour un identifiant").length());
        assertTrue(Slug.isValid(Slug.suggest("Une agence au nom vraiment beaucoup trop long pour un identifiant")));
    }
}
