package io.relance.infrastructure.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The realm files we ship: the demo's (realm-export.json) and the one for production. */
class RealmFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRealmLocksAnAccountAfterAFewWrongPasswordsAndChecksTheAudience() throws Exception {
        for (JsonNode realm : List.of(demo(), production())) {
            assertTrue(realm.path("bruteForceProtected").asBoolean(), "brute-force detection on");
            assertTrue(realm.path("failureFactor").asInt() <= 5, "locked after at most 5 failures");
            assertTrue(mappers(app(realm)).contains("oidc-audience-mapper"), "tokens name relance-app as their audience");
            JsonNode rights = serviceAccount(realm).path("clientRoles").path("realm-management");
            assertEquals(List.of("manage-users", "view-realm"), texts(rights), "the service account manages users, nothing more");
        }
    }

    @Test
    void theProductionRealmHasNoDemoUserNoPasswordGrantNoSecretAndWantsHttps() throws Exception {
        JsonNode realm = production();
        assertEquals("external", realm.path("sslRequired").asText());
        List<String> users = new ArrayList<>();
        realm.path("users").forEach(u -> users.add(u.path("username").asText()));
        assertEquals(List.of("service-account-relance-app"), users);
        assertFalse(app(realm).path("directAccessGrantsEnabled").asBoolean(true), "no password grant for the app's client");
        assertTrue(app(realm).path("secret").isMissingNode(), "Keycloak generates the secret at import");
        app(realm).path("redirectUris").forEach(u -> assertTrue(u.asText().startsWith("https://"), u.asText()));
    }

    @Test
    void bothRealmsHaveTheSameRolesAndMappersSoTheyCannotDrift() throws Exception {
        assertEquals(demo().path("roles"), production().path("roles"));
        assertEquals(mappers(app(demo())), mappers(app(production())));
    }

    private static JsonNode demo() throws Exception {
        return JSON.readTree(new File("realm-export.json"));
    }

    private static JsonNode production() throws Exception {
        return JSON.readTree(new File("src/main/keycloak/realm-production.json"));
    }

    private static JsonNode app(JsonNode realm) {
        for (JsonNode client : realm.path("clients")) {
            if ("relance-app".equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no relance-app client");
    }

    private static JsonNode serviceAccount(JsonNode realm) {
        for (JsonNode user : realm.path("users")) {
            if ("relance-app".equals(user.path("serviceAccountClientId").asText())) {
                return user;
            }
        }
        throw new AssertionError("no service account");
    }

    private static List<String> mappers(JsonNode client) {
        List<String> kinds = new ArrayList<>();
        client.path("protocolMappers").forEach(m -> kinds.add(m.path("protocolMapper").asText()));
        return kinds;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
