package io.relance.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where Keycloak is and how the app authenticates to it (relance.keycloak.*, from the environment). */
@ApplicationScoped
public class KeycloakSettings {

    @Inject
    @ConfigProperty(name = "relance.keycloak.url")
    String url;

    @Inject
    @ConfigProperty(name = "relance.keycloak.realm")
    String realm;

    @Inject
    @ConfigProperty(name = "relance.keycloak.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "relance.keycloak.client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "relance.keycloak.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    protected KeycloakSettings() {
    }

    public KeycloakSettings(String url, String realm, String clientId, String clientSecret, int timeoutSeconds) {
        this.url = url;
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.timeoutSeconds = timeoutSeconds;
    }

    public String url() {
        return url;
    }

    public String realm() {
        return realm;
    }

    /** The realm's base URL: discovery, login and logout endpoints hang below it. */
    public String realmUrl() {
        return url + "/realms/" + realm;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }
}
