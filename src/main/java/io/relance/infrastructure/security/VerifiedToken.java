package io.relance.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcSecurityContext;

import java.time.Instant;
import java.util.Optional;

/**
 * The token elytron-oidc-client verified for this request (browser session or bearer token).
 * The tenant is the {@code tenant} claim that Keycloak maps from an admin-only user attribute.
 */
public final class VerifiedToken {

    public static final String TENANT_CLAIM = "tenant";

    private final OidcSecurityContext context;

    private VerifiedToken(OidcSecurityContext context) {
        this.context = context;
    }

    public static Optional<VerifiedToken> of(HttpServletRequest request) {
        Object context = request.getAttribute(OidcSecurityContext.class.getName());
        if (context == null) {
            HttpSession session = request.getSession(false);
            context = session == null ? null : session.getAttribute(OidcSecurityContext.class.getName());
        }
        return context instanceof OidcSecurityContext oidc && oidc.getToken() != null
                ? Optional.of(new VerifiedToken(oidc)) : Optional.empty();
    }

    public Optional<String> tenant() {
        String tenant = token().getClaimValueAsString(TENANT_CLAIM);
        return tenant == null || tenant.isBlank() ? Optional.empty() : Optional.of(tenant);
    }

    public String subject() {
        return token().getSubject();
    }

    public String displayName() {
        String name = token().getName();
        return name != null ? name : token().getPreferredUsername();
    }

    /** When Keycloak issued the token (to the second). */
    public Instant issuedAt() {
        Long iat = token().getIssuedAt();
        return iat == null ? Instant.EPOCH : Instant.ofEpochSecond(iat);
    }

    public String email() {
        return token().getEmail();
    }

    /** The raw ID token, needed by Keycloak to end the session at logout; empty for bearer calls. */
    public Optional<String> idTokenString() {
        return Optional.ofNullable(context.getIDTokenString());
    }

    private AccessToken token() {
        return context.getToken();
    }
}
