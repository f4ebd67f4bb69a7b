package io.relance.infrastructure.security;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductionGuardTest {

    private static final Map<String, String> OWN = Map.of(
            "KEYCLOAK_CLIENT_SECRET", "a-long-secret-of-our-own-0123456789",
            "MYSQL_PASSWORD", "another-secret-of-ours",
            "RELANCE_SECRETS_KEY", "b3duLWtleS1vZi10aGUtYWdlbmN5LTMyLWJ5dGVzISE=",
            "RELANCE_PREFERENCES_KEY", "our-own-preferences-key-0123456789");

    @Test
    void productionWithTheRepositorysSecretsIsRefusedNamingEachVariable() {
        Map<String, String> dev = Map.of("KEYCLOAK_CLIENT_SECRET", "relance-dev-secret", "MYSQL_PASSWORD", "relance",
                "RELANCE_SECRETS_KEY", "dGVzdC1vbmx5LWtleS1mb3ItcmVsYW5jZS10ZXN0cyE=",
                "RELANCE_PREFERENCES_KEY", "test-only-preferences-key-for-relance-tests");
        String message = ProductionGuard.problems(false, v -> Optional.ofNullable(dev.get(v))).orElseThrow();
        for (String variable : dev.keySet()) {
            assertTrue(message.contains(variable + " is the development value"), message);
        }
        assertTrue(message.contains("docs/SECURITY.md"), message);
    }

    @Test
    void aMissingClientSecretOrDatabasePasswordIsRefusedTooButOptionalKeysMayBeAbsent() {
        String message = ProductionGuard.problems(false, v -> Optional.empty()).orElseThrow();
        assertTrue(message.contains("KEYCLOAK_CLIENT_SECRET is not set") && message.contains("MYSQL_PASSWORD is not set"), message);
        assertTrue(!message.contains("RELANCE_SECRETS_KEY") && !message.contains("RELANCE_PREFERENCES_KEY"),
                "without those keys the features they protect stay off: " + message);
    }

    @Test
    void ownSecretsOrTheDemoPass() {
        assertEquals(Optional.empty(), ProductionGuard.problems(false, v -> Optional.ofNullable(OWN.get(v))));
        assertEquals(Optional.empty(), ProductionGuard.problems(true, v -> Optional.of("relance-dev-secret")));
    }
}
