package io.relance.infrastructure.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Outside the demo (relance.demo.enabled=false: production), the app refuses to deploy with a
 * secret anybody can read in this repository: the Keycloak client secret (whoever holds it holds the
 * realm's user administrator, and could give themselves any agency and role), the development
 * database password, the test-only encryption and preference keys. The check runs when CDI
 * validates the deployment, before any bean starts, and the failure names each variable to set.
 */
public class ProductionGuard implements Extension {

    /** Values published in this repository (realm-export.json, pom.xml, the run command), by variable. */
    static final Map<String, List<String>> PUBLISHED = Map.of(
            "KEYCLOAK_CLIENT_SECRET", List.of("relance-dev-secret"),
            "MYSQL_PASSWORD", List.of("relance", "root", "password"),
            "RELANCE_SECRETS_KEY", List.of("dGVzdC1vbmx5LWtleS1mb3ItcmVsYW5jZS10ZXN0cyE="),
            "RELANCE_PREFERENCES_KEY", List.of("test-only-preferences-key-for-relance-tests"));

    /** The configuration key each variable feeds (MicroProfile Config reads the environment too). */
    private static final Map<String, String> KEYS = Map.of(
            "KEYCLOAK_CLIENT_SECRET", "relance.keycloak.client-secret",
            "MYSQL_PASSWORD", "MYSQL_PASSWORD",
            "RELANCE_SECRETS_KEY", "relance.secrets.key",
            "RELANCE_PREFERENCES_KEY", "relance.preferences.key");

    void check(@Observes AfterDeploymentValidation validation) {
        Config config = ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader());
        boolean demo = config.getOptionalValue("relance.demo.enabled", Boolean.class).orElse(false);
        problems(demo, variable -> config.getOptionalValue(KEYS.get(variable), String.class))
                .ifPresent(message -> validation.addDeploymentProblem(new IllegalStateException(message)));
    }

    /** What is wrong for production, in one message naming the variables to set; empty in the demo or when all is set. */
    static Optional<String> problems(boolean demo, Function<String, Optional<String>> valueOf) {
        if (demo) {
            return Optional.empty();
        }
        List<String> wrong = new ArrayList<>();
        for (String variable : List.of("KEYCLOAK_CLIENT_SECRET", "MYSQL_PASSWORD", "RELANCE_SECRETS_KEY", "RELANCE_PREFERENCES_KEY")) {
            Optional<String> value = valueOf.apply(variable).map(String::strip);
            boolean optionalKey = variable.startsWith("RELANCE_");
            if (value.isEmpty() || value.get().isEmpty()) {
                if (!optionalKey) {
                    wrong.add(variable + " is not set");
                }
            } else if (PUBLISHED.get(variable).contains(value.get())) {
                wrong.add(variable + " is the development value published with Relance");
            }
        }
        return wrong.isEmpty() ? Optional.empty() : Optional.of("Relance refuses to start in production mode "
                + "(RELANCE_DEMO_ENABLED is not true) with secrets anybody can read: " + String.join("; ", wrong)
                + ". Set each of these environment variables to a secret of your own (see docs/SECURITY.md).");
    }
}
