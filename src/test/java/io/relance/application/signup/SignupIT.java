package io.relance.application.signup;

import io.relance.application.common.Refused;
import io.relance.application.identity.IdentityDirectory;
import io.relance.domain.contact.Problem;
import io.relance.infrastructure.security.KeycloakDirectory;
import io.relance.infrastructure.security.KeycloakSettings;
import io.relance.it.Deployments;
import io.relance.it.InTenant;
import io.relance.it.TenantSql;
import io.relance.it.Tokens;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-up against the real Keycloak and database: the happy path, each refusal, and the two
 * compensation paths (Keycloak unreachable; the database failing after the account was created).
 */
@ExtendWith(ArquillianExtension.class)
class SignupIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(SignupIT.class, Deployments.class, Tokens.class, TenantSql.class, InTenant.class);
    }

    @Inject
    SignupService signup;

    @Inject
    AgencyRecords records;

    @Inject
    IdentityDirectory directory;

    @Inject
    TenantSql db;

    @Test
    void anAgencyAndItsDirectorAreCreatedAndTheDirectorCanLogIn() throws Exception {
        String slug = unique("atelier");
        String email = slug + "@example.org";
        signup.signUp(new SignupRequest("L'Atelier Presse", slug, "Anne", "Durand", email, "motdepasse42"), "fr");

        assertTrue(records.slugTaken(slug));
        assertEquals(0, notices(email, "EMAIL_TAKEN") + notices(email, "SLUG_TAKEN"), "nothing to explain");
        String token = Tokens.accessToken(email, "motdepasse42");
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"tenant\":\"" + slug + "\""), claims);
        assertTrue(claims.contains("\"directeur\""), claims);
    }

    @Test
    void eachEmptyFieldIsNamed() {
        Refused e = assertThrows(Refused.class,
                () -> signup.signUp(new SignupRequest("", " ", "", "", "", ""), "fr"));
        assertEquals(List.of("agencyName", "slug", "firstName", "lastName", "email", "password"),
                e.problems().stream().map(Problem::field).toList());
        assertTrue(e.problems().stream().allMatch(err -> err.key().equals("validation.required")));
    }

    @Test
    void malformedValuesAreRefusedWithTheirReason() {
        refused(new SignupRequest("Agence", "A!", "Anne", "Durand", "anne@example.org", "motdepasse42"), "slug", "signup.slug.invalid");
        refused(new SignupRequest("Agence", unique("ok"), "Anne", "Durand", "not-an-email", "motdepasse42"), "email", "validation.email");
        refused(new SignupRequest("Agence", unique("ok"), "Anne", "Durand", "anne@example.org", "short1"), "password", "signup.password.weak");
        refused(new SignupRequest("Agence", unique("ok"), "Anne", "Durand", "anne@example.org", "onlyletterspassword"), "password", "signup.password.weak");
    }

    @Test
    void aTakenSlugOrEmailCreatesNothingAndTellsOnlyTheAddressTyped() throws Exception {
        String taken = unique("prise");
        signup.signUp(new SignupRequest("Première", taken, "Anne", "Durand", taken + "@example.org", "motdepasse42"), "fr");

        String email = unique("new") + "@example.org";
        // no exception: the caller learns nothing the form would not say for a free id
        signup.signUp(new SignupRequest("Copie", taken, "Anne", "Durand", email, "motdepasse42"), "fr");
        assertTrue(directory.findByEmail(email).isEmpty(), "no Keycloak account for a refused sign-up");
        assertEquals(1, notices(email, "SLUG_TAKEN"), "the address typed learns the id is taken");

        String slug = unique("copie");
        signup.signUp(new SignupRequest("Copie", slug, "Anne", "Durand", "directeur@agence-demo.fr", "motdepasse42"), "en");
        assertFalse(records.slugTaken(slug), "no agency for a refused sign-up");
        assertEquals(1, notices("directeur@agence-demo.fr", "EMAIL_TAKEN"), "the owner of the address is told");
    }

    @Test
    void whenKeycloakIsUnreachableNoAgencyIsCreated() {
        SignupService withDeadKeycloak = new SignupService();
        withDeadKeycloak.directory = KeycloakDirectory.connectTo(
                new KeycloakSettings("http://localhost:1", "relance", "relance-app", "x", 2));
        withDeadKeycloak.records = records;
        withDeadKeycloak.notices = (to, notice, id, language, now) -> {
            throw new AssertionError("nothing to tell when nothing was tried");
        };
        withDeadKeycloak.country = "FR";
        String slug = unique("panne-kc");

        Refused e = assertThrows(Refused.class, () -> withDeadKeycloak.signUp(
                new SignupRequest("Panne", slug, "Anne", "Durand", slug + "@example.org", "motdepasse42"), "fr"));
        assertEquals("identity.unavailable", e.problems().get(0).key());
        assertFalse(records.slugTaken(slug));
    }

    @Test
    void whenTheDatabaseFailsTheKeycloakAccountIsRemoved() throws Exception {
        String slug = unique("boom-db");
        String email = slug + "@example.org";
        // A real database failure on this insert only, raised by MariaDB itself.
        db.sqlNow("CREATE TRIGGER fail_boom_db BEFORE INSERT ON agency FOR EACH ROW BEGIN "
                + "IF NEW.id LIKE 'boom-db%' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test trigger'; END IF; END");
        try {
            Refused e = assertThrows(Refused.class, () -> signup.signUp(
                    new SignupRequest("Boom", slug, "Anne", "Durand", email, "motdepasse42"), "fr"));
            assertEquals("signup.failed.database", e.problems().get(0).key());
        } finally {
            db.sqlNow("DROP TRIGGER fail_boom_db");
        }
        assertTrue(directory.findByEmail(email).isEmpty(), "the Keycloak account was removed");
        assertFalse(records.slugTaken(slug));
        // and the same sign-up now goes through: nothing half-created blocks it
        signup.signUp(new SignupRequest("Boom", slug, "Anne", "Durand", email, "motdepasse42"), "fr");
        assertTrue(records.slugTaken(slug));
    }

    private void refused(SignupRequest request, String field, String key) {
        Refused e = assertThrows(Refused.class, () -> signup.signUp(request, "fr"));
        Consumer<Problem> check = err -> {
            assertEquals(field, err.field());
            assertEquals(key, err.key());
        };
        assertEquals(1, e.problems().size(), e.problems().toString());
        check.accept(e.problems().get(0));
    }

    /** The sign-up's emails of that kind waiting or sent to that address (the platform's outbox). */
    private long notices(String email, String kind) {
        return db.countAcross("SELECT COUNT(*) FROM preference_mail WHERE to_email = ?1 AND kind = ?2", email, kind);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
