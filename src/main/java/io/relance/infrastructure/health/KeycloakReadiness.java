package io.relance.infrastructure.health;

import io.relance.infrastructure.security.KeycloakProbe;
import io.relance.infrastructure.security.RealmKeysWarmup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the realm's discovery document answers: without it nobody can log in. The first
 * time it does, the node also loads the realm's signing keys ({@link RealmKeysWarmup}).
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    @Inject
    KeycloakProbe keycloak;

    @Inject
    RealmKeysWarmup keys;

    @Override
    public HealthCheckResponse call() {
        KeycloakProbe.Answer answer = keycloak.check();
        if (answer.up()) {
            keys.loadIfNeeded();
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("keycloak").status(answer.up());
        return answer.error() == null ? response.withData("status", answer.status()).build()
                : response.withData("error", answer.error()).build();
    }
}
