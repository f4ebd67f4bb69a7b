package io.relance.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.relance.infrastructure.security.KeycloakSettings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Ready only when the realm's discovery document answers: without it nobody can log in. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    KeycloakSettings keycloak;

    @Override
    public HealthCheckResponse call() {
        String url = keycloak.realmUrl() + "/.well-known/openid-configuration";
        try {
            int status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return HealthCheckResponse.named("keycloak").status(status == 200).withData("status", status).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("keycloak").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
