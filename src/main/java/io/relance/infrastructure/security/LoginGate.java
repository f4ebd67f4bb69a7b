package io.relance.infrastructure.security;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every way into a login — a bookmark of a protected page, a session whose token could not be
 * refreshed — ends in a redirect to Keycloak's login endpoint. While Keycloak does not answer, that
 * redirect leads the browser to its own "site unreachable"; this gate turns it into a redirect to
 * {@code /connexion}, which says "connexion momentanément impossible" in our words. Keycloak is
 * asked only when such a redirect leaves, at most once every few seconds. An Undertow handler
 * (registered as a servlet extension, like ApiGate): the OIDC mechanism answers before any filter.
 */
public final class LoginGate implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(LoginGate.class.getName());

    private volatile String loginEndpoint;
    private volatile KeycloakProbe probe;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        ClassLoader loader = deployment.getClassLoader();
        String path = deployment.getContextPath() == null || deployment.getContextPath().equals("/") ? "" : deployment.getContextPath();
        String entry = path + "/connexion";
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            exchange.addResponseCommitListener(committing -> divert(committing, loader, entry));
            next.handleRequest(exchange);
        });
    }

    private void divert(HttpServerExchange exchange, ClassLoader loader, String entry) {
        if (exchange.getStatusCode() != 302 && exchange.getStatusCode() != 303) {
            return;
        }
        String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
        if (location == null || !location.startsWith(loginEndpoint(loader))) {
            return;
        }
        try {
            if (!probe.answers()) {
                exchange.getResponseHeaders().put(Headers.LOCATION, entry);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Login gate could not ask Keycloak; the redirect goes as it is", e);
        }
    }

    /** Keycloak's login endpoint for the configured realm (read once, from the deployment's configuration). */
    private String loginEndpoint(ClassLoader loader) {
        String known = loginEndpoint;
        if (known == null) {
            Config config = ConfigProvider.getConfig(loader);
            String realm = config.getValue("relance.keycloak.url", String.class) + "/realms/"
                    + config.getValue("relance.keycloak.realm", String.class);
            probe = KeycloakProbe.of(realm);
            known = realm + "/protocol/openid-connect/auth";
            loginEndpoint = known;
        }
        return known;
    }
}
