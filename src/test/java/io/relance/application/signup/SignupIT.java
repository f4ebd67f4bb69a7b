package io.relance.application.signup;

import io.relance.application.identity.IdentityDirectory;
import io.relance.infrastructure.security.KeycloakDirectory;
import io.relance.infrastructure.security.KeycloakSettings;
import io.relance.it.Deployments;
import io.relance.it.Tokens;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
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
        return Deployments.relance().addClasses(SignupIT.class, Deployments.class, Tokens.class);
    }

    @Inject
    SignupService signup;

    @Inject
    AgencyRecords records;

    @Inject
    IdentityDirectory directory;

    @Resource(lookup = "java:jboss/datasources/MySQLDS")
    DataSource dataSource;

    @Test
    void anAgencyAndItsDirectorAreCreatedAndTheDirectorCanLogIn() throws Exception {
        String slug = unique("atelier");
        String email = slug + "@example.org";
        String created = signup.signUp(new SignupRequest("L'Atelier Presse", slug, "Anne", "Durand", email, "motdepasse42"));

        assertEquals(slug, created);
        assertTrue(records.slugTaken(slug));
        String token = Tokens.accessToken(email, "motdepasse42");
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"tenant\":\"" + slug + "\""), claims);
        assertTrue(claims.contains("\"directeur\""), claims);
    }

    @Test
    void eachEmptyFieldIsNamed() {
        SignupException e = assertThrows(SignupException.class,
                () -> signup.signUp(new SignupRequest("", " ", "", "", "", "")));
        assertEquals(List.of("agencyName", "slug", "firstName", "lastName", "email", "password"),
                e.errors().stream().map(FieldError::field).toList());
        assertTrue(e.errors().stream().allMatch(err -> err.messageKey().equals("validation.required")));
    }

    @Test
    void malformedValuesAreRefusedWithTheirReason() {
        refused(new SignupRequest("Agence", "A!", "Anne", "Durand", "anne@example.org", "motdepasse42"), "slug", "signup.slug.invalid");
        refused(new SignupRequest("Agence", unique("ok"), "Anne", "Durand", "not-an-email", "motdepasse42"), "email", "validation.email");
        refused(new SignupRequest("Agence", unique("ok"), "Anne", "Durand", "anne@example.org", "short1"), "password", "signup.password.weak");
        refused(new SignupRequest("Agence", unique("ok"), "Anne", "Durand", "anne@example.org", "onlyletterspassword"), "password", "signup.password.weak");
    }

    @Test
    void aTakenSlugOrEmailIsRefusedAndNothingIsCreated() {
        String email = unique("new") + "@example.org";
        refused(new SignupRequest("Copie", "agence-demo", "Anne", "Durand", email, "motdepasse42"), "slug", "signup.slug.taken");
        assertTrue(directory.findByEmail(email).isEmpty(), "no Keycloak account for a refused sign-up");

        String slug = unique("copie");
        refused(new SignupRequest("Copie", slug, "Anne", "Durand", "directeur@agence-demo.fr", "motdepasse42"), "email", "signup.email.taken");
        assertFalse(records.slugTaken(slug), "no agency for a refused sign-up");
    }

    @Test
    void whenKeycloakIsUnreachableNoAgencyIsCreated() {
        SignupService withDeadKeycloak = new SignupService();
        withDeadKeycloak.directory = KeycloakDirectory.connectTo(
                new KeycloakSettings("http://localhost:1", "relance", "relance-app", "x", 2));
        withDeadKeycloak.records = records;
        withDeadKeycloak.country = "FR";
        String slug = unique("panne-kc");

        SignupException e = assertThrows(SignupException.class, () -> withDeadKeycloak.signUp(
                new SignupRequest("Panne", slug, "Anne", "Durand", slug + "@example.org", "motdepasse42")));
        assertEquals("identity.unavailable", e.errors().get(0).messageKey());
        assertFalse(records.slugTaken(slug));
    }

    @Test
    void whenTheDatabaseFailsTheKeycloakAccountIsRemoved() throws Exception {
        String slug = unique("boom-db");
        String email = slug + "@example.org";
        // A real database failure on this insert only, raised by MariaDB itself.
        sql("CREATE TRIGGER fail_boom_db BEFORE INSERT ON agency FOR EACH ROW BEGIN "
                + "IF NEW.id LIKE 'boom-db%' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test trigger'; END IF; END");
        try {
            SignupException e = assertThrows(SignupException.class, () -> signup.signUp(
                    new SignupRequest("Boom", slug, "Anne", "Durand", email, "motdepasse42")));
            assertEquals("signup.failed.database", e.errors().get(0).messageKey());
        } finally {
            sql("DROP TRIGGER fail_boom_db");
        }
        assertTrue(directory.findByEmail(email).isEmpty(), "the Keycloak account was removed");
        assertFalse(records.slugTaken(slug));
        // and the same sign-up now goes through: nothing half-created blocks it
        assertEquals(slug, signup.signUp(new SignupRequest("Boom", slug, "Anne", "Durand", email, "motdepasse42")));
    }

    private void refused(SignupRequest request, String field, String key) {
        SignupException e = assertThrows(SignupException.class, () -> signup.signUp(request));
        Consumer<FieldError> check = err -> {
            assertEquals(field, err.field());
            assertEquals(key, err.messageKey());
        };
        assertEquals(1, e.errors().size(), e.errors().toString());
        check.accept(e.errors().get(0));
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
