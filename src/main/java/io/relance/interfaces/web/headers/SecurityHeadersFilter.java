package io.relance.interfaces.web.headers;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.List;

/**
 * Sets the security headers of every response the application writes: pages, error pages, servlets,
 * the REST API. The page policy is PrimeFaces' own ({@code primefaces.CSP_POLICY} in web.xml): on a
 * Faces page PrimeFaces adds it again with the page's nonce, and that one replaces ours, so a page
 * never carries two policies (a browser would enforce both, and ours has no nonce).
 *
 * <p>Runs again on error and forward dispatches: an error page renders a new nonce and must win
 * over the policy of the page that failed. A redirect to the login page is written before any filter
 * (by the OIDC mechanism): WEB-INF/undertow-handlers.conf gives it the same fixed headers.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    /** JSON and files: nothing in them may run or load anything, nor be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** Pages whose address carries a token: the token must not leave in a Referer header. */
    static final List<String> TOKEN_PAGES = List.of("/unsubscribe", "/preferences", "/partage.xhtml", "/api/share/");

    private String pagePolicy;

    @Override
    public void init() {
        String policy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
        if (policy == null || policy.isBlank()) {
            throw new IllegalStateException("web.xml must define primefaces.CSP_POLICY (the pages' Content-Security-Policy)");
        }
        pagePolicy = policy.strip();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = originalPath(request);
        response.setHeader(CSP, path.startsWith("/api/") ? API_POLICY : pagePolicy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", TOKEN_PAGES.stream().anyMatch(path::startsWith) ? "no-referrer" : "same-origin");
        if (https(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** The path the browser asked for, also while an error or forward dispatch renders another one. */
    static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(request.getDispatcherType() == DispatcherType.ERROR
                ? RequestDispatcher.ERROR_REQUEST_URI : RequestDispatcher.FORWARD_REQUEST_URI);
        String path = uri instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }

    /**
     * HSTS only where the browser reached us over HTTPS: directly, or through a proxy that ends TLS
     * and says so. (Browsers ignore it over plain HTTP anyway, so a forged header gains nothing.)
     */
    static boolean https(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /** A later policy (PrimeFaces' one with the nonce) replaces ours instead of joining it. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
