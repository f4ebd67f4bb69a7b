package io.relance.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where Keycloak is and how the app authenticates to it (relance.keycloak.*, from the environment). */
@ApplicationScoped
public class KeycloakSettings {

    private String url;
    private String realm;
    private String clientId;
    private String clientSecret;
    private int timeoutSeconds;

    /** For the container's client proxy. */
    protected KeycloakSettings() {
    }

    /** One way in, for the container (the configuration) and for tests alike. */
    @Inject
    public KeycloakSettings(@ConfigProperty(name = "relance.keycloak.url") String url,
                            @ConfigProperty(name = "relance.keycloak.realm") String realm,
                            @ConfigProperty(name = "relance.keycloak.client-id") String clientId,
                            @ConfigProperty(name = "relance.keycloak.client-secret") String clientSecret,
                            @ConfigProperty(name = "relance.keycloak.timeout-seconds", defaultValue = "10") int timeoutSeconds) {
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
