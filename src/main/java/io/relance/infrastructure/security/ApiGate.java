package io.relance.infrastructure.security;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The JSON API authenticates by bearer token only, never by the pages' session cookie: a page of
 * another site can make the browser send our cookie with a form post or a no-cors fetch, but never
 * an {@code Authorization} header. This runs before the security handlers (an Undertow initial
 * handler, registered as a servlet extension): an API call without a bearer token gets a JSON 401
 * — not the login page — and a call with one has its cookies removed, so no session can speak for
 * it. The public hooks and share links keep their own keys.
 *
 * <p>It also marks every cookie of ours {@code SameSite=Lax} (Keycloak's redirect back is a top-level
 * GET, which Lax lets through), and {@code Secure} when the request came over HTTPS.
 */
public final class ApiGate implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(new HandlerWrapper() {
            @Override
            public HttpHandler wrap(HttpHandler next) {
                return exchange -> gate(exchange, next);
            }
        });
    }

    private static void gate(HttpServerExchange exchange, HttpHandler next) throws Exception {
        exchange.addResponseCommitListener(ApiGate::sameSite);
        String path = exchange.getRelativePath();
        if (isApi(path) && !isPublic(path)) {
            if (path.contains("/..") || path.contains("/./") || path.contains("//")) {
                refuse(exchange, 400, "bad_path", "Chemin invalide.", "Invalid path.");
                return;
            }
            if (!hasBearer(exchange)) {
                exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer realm=\"relance\"");
                refuse(exchange, 401, "unauthorized",
                        "Authentification requise : envoyez un jeton d'accès dans l'en-tête « Authorization: Bearer … ».",
                        "Authentication required: send an access token in the \"Authorization: Bearer …\" header.");
                return;
            }
            exchange.getRequestHeaders().remove(Headers.COOKIE);
        }
        next.handleRequest(exchange);
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** SMS operators' callbacks (signed per agency) and clients' share links (the token is the key). */
    static boolean isPublic(String path) {
        return path.startsWith("/api/sms/hooks/") || path.startsWith("/api/share/");
    }

    private static boolean hasBearer(HttpServerExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank();
    }

    private static void refuse(HttpServerExchange exchange, int status, String code, String french, String english) {
        String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT_LANGUAGE);
        boolean fr = accept == null || accept.toLowerCase(Locale.ROOT).startsWith("fr");
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        // written before any filter: the security headers SecurityHeadersFilter gives the API's other answers
        exchange.getResponseHeaders().put(new HttpString("Content-Security-Policy"), "default-src 'none'; frame-ancestors 'none'");
        exchange.getResponseHeaders().put(new HttpString("X-Frame-Options"), "DENY");
        exchange.getResponseHeaders().put(new HttpString("X-Content-Type-Options"), "nosniff");
        exchange.getResponseHeaders().put(new HttpString("Referrer-Policy"), "same-origin");
        exchange.getResponseSender().send(errorJson(code, fr ? french : english), StandardCharsets.UTF_8);
    }

    /** The API's error body before JAX-RS is reached (its ErrorMappers cannot answer here): code and sentence. */
    public static String errorJson(String code, String message) {
        return "{\"error\":\"" + code + "\",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    /** Our cookies (the session, the login's state) go with top-level navigation only, and over HTTPS only when it is. */
    private static void sameSite(HttpServerExchange exchange) {
        // behind a TLS-ending proxy the scheme is its header; believing it costs nothing (Secure only restricts)
        boolean https = "https".equalsIgnoreCase(exchange.getRequestScheme())
                || "https".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("X-Forwarded-Proto"));
        for (Cookie cookie : exchange.responseCookies()) {
            if (cookie.getSameSiteMode() == null) {
                cookie.setSameSiteMode("Lax");
            }
            cookie.setSecure(https || cookie.isSecure());
        }
    }
}
