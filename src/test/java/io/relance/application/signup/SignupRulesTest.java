package io.relance.application.signup;

import io.relance.domain.contact.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignupRulesTest {

    private static SignupRequest valid() {
        return new SignupRequest("Agence Lumière", "lumiere", "Inès", "Roux", "ines@lumiere.fr", "Lumiere2026");
    }

    @Test
    void aCompleteFormPasses() {
        assertTrue(SignupRules.check(valid()).isEmpty());
    }

    @Test
    void normalizationTrimsAndLowercasesIdsAndEmails() {
        SignupRequest r = new SignupRequest(" Agence ", " Lumiere ", " Inès ", " Roux ", " Ines@Lumiere.FR ", "x").normalized();
        assertEquals("Agence", r.agencyName());
        assertEquals("lumiere", r.slug());
        assertEquals("ines@lumiere.fr", r.email());
    }

    @Test
    void weakPasswordsAreRefused() {
        for (String weak : List.of("short1", "onlyletters", "1234567890", "ines@lumiere.fr")) {
            SignupRequest r = new SignupRequest("A", "lumiere", "I", "R", "ines@lumiere.fr", weak);
            assertEquals(List.of(new Problem("password", "signup.password.weak")), SignupRules.check(r), weak);
        }
    }

    @Test
    void badEmailsAndTooLongNamesAreRefused() {
        SignupRequest r = new SignupRequest("x".repeat(121), "lumiere", "Inès", "Roux", "ines@", "Lumiere2026");
        assertEquals(List.of(new Problem("agencyName", "validation.tooLong"), new Problem("email", "validation.email")),
                SignupRules.check(r));
    }

    @Test
    void reservedIdsAreRefusedWithTheirOwnReason() {
        for (String reserved : List.of("admin", "api", "www", "app", "mail", "support", "relance", "keycloak", "agence-demo")) {
            SignupRequest r = new SignupRequest("Agence", reserved, "Inès", "Roux", "ines@lumiere.fr", "Lumiere2026");
            assertEquals(List.of(new Problem("slug", "signup.slug.reserved")), SignupRules.check(r), reserved);
        }
    }

    @Test
    void anAgencyNameThatWouldBreakAnEmailHeaderIsRefused() {
        for (String name : List.of("Agence\r\nBcc: victim@example.org", "Agence\nX", "Agence\u0000X", "Agence\u2028X")) {
            SignupRequest r = new SignupRequest(name, "lumiere", "Inès", "Roux", "ines@lumiere.fr", "Lumiere2026").normalized();
            assertEquals(List.of(new Problem("agencyName", "signup.agencyName.control")), SignupRules.check(r), name);
        }
    }
}
