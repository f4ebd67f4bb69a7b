package io.relance.interfaces.web.ratelimit;

import io.relance.application.common.RateLimiter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The public pages that take a token or send an email, limited per client network: what a share
 * link opens (the page and its API, one budget), the unsubscribe page and the preferences page
 * (token guessing, mail bombing). The
 * sign-up is limited where it acts (SignupView), per network and per address.
 */
@WebFilter(urlPatterns = {"/api/share/*", "/partage.xhtml", "/unsubscribe", "/preferences"})
public class PublicRateFilter extends HttpFilter {

    @Inject
    RateLimiter limiter;

    @Inject
    ClientAddress clients;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RateLimiter.Verdict verdict = limiter.hit(area(request), "per-network", clients.network(request));
        if (!verdict.allowed()) {
            TooManyRequests.send(request, response, verdict.retryAfterSeconds());
            return;
        }
        chain.doFilter(request, response);
    }

    private static String area(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/share/") || path.startsWith("/partage")) {
            return "share";
        }
        return path.startsWith("/unsubscribe") ? "unsubscribe" : "preferences";
    }
}
