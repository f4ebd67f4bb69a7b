package io.relance.interfaces.web.outage;

import io.relance.application.identity.LoginProvider;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * The "Se connecter" link. A protected page sends a person who is not logged in to Keycloak; while
 * Keycloak is down that is the browser's own "site unreachable". So the entry asks Keycloak first:
 * down, the person reads why (503, "connexion momentanément impossible"); up — or already logged
 * in, which needs no Keycloak — they go on to their home page as before.
 */
@WebServlet("/connexion")
public class LoginEntryServlet extends HttpServlet {

    /** Where the OIDC client keeps a logged-in person's account in the session. */
    private static final String OIDC_ACCOUNT = "org.wildfly.security.http.oidc.OidcAccount";

    @Inject
    LoginProvider login;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        boolean loggedIn = request.getUserPrincipal() != null || session != null && session.getAttribute(OIDC_ACCOUNT) != null;
        if (loggedIn || login.answers()) {
            response.sendRedirect(request.getContextPath() + "/app/home");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", ServerErrorServlet.RETRY_AFTER);
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher("/error/login.xhtml").forward(request, response);
    }
}
