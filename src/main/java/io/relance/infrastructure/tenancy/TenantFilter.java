package io.relance.infrastructure.tenancy;

import io.relance.application.common.DatabaseOutage;
import io.relance.application.common.DatabaseUnavailable;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.security.ApiGate;
import io.relance.infrastructure.security.MemberGate;
import io.relance.infrastructure.security.VerifiedToken;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Puts the tenant of the verified token (and nothing else) in scope for the request, and clears it
 * after — once the agency confirms the person is still one of its enabled members (MemberGate): an
 * orphan account or a disabled member gets 403 at once, their page session ended.
 */
@WebFilter(urlPatterns = "/*")
public class TenantFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(TenantFilter.class.getName());

    @Inject
    MemberGate members;

    private final DatabaseOutage outage = new DatabaseOutage(LOG, "Member checks (every signed-in request)");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TenantContext.forgetRequest();
        HttpServletRequest http = (HttpServletRequest) request;
        Optional<VerifiedToken> token = VerifiedToken.of(http);
        Optional<String> tenant = token.flatMap(VerifiedToken::tenant);
        try {
            if (tenant.isPresent() && !isStatic(http) && !admits(http, token.get(), tenant.get())) {
                refuse(http, (HttpServletResponse) response);
                return;
            }
        } catch (DatabaseUnavailable e) { // the member check could not reach the database: 503, never let through
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        tenant.ifPresent(TenantContext::enterRequest);
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.forgetRequest();
        }
    }

    /**
     * The member check, or — the database unreachable — a 503 that the error page turns into
     * "service momentanément indisponible" (JSON for the API), logged once per outage: nobody is
     * let in unchecked, and nobody sees a stack trace.
     */
    private boolean admits(HttpServletRequest http, VerifiedToken token, String tenant) {
        try {
            boolean admitted = members.admits(http, token, tenant);
            outage.succeeded();
            return admitted;
        } catch (RuntimeException e) {
            if (outage.failed(e)) {
                throw new DatabaseUnavailable(e);
            }
            throw e;
        }
    }

    /** Stylesheets, scripts and images are the same for everyone and carry no agency data. */
    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            boolean fr = request.getLocale() == null || "fr".equals(request.getLocale().getLanguage());
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(ApiGate.errorJson("not_a_member", fr
                    ? "Ce compte n'est pas (ou plus) un membre actif de l'agence."
                    : "This account is not (or no longer) an active member of the agency."));
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
