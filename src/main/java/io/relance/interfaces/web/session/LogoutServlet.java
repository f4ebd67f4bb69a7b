package io.relance.interfaces.web.session;

import io.relance.infrastructure.security.VerifiedToken;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import io.relance.infrastructure.security.KeycloakSettings;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Ends both sessions: ours (invalidated) and Keycloak's (end-session endpoint with the ID token as
 * hint, so Keycloak logs out without asking), then back to the landing page. Only by POST: a GET
 * (a link or an image on another site) must not end anyone's session, it just goes home.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    KeycloakSettings keycloak;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> idToken = VerifiedToken.of(request).flatMap(VerifiedToken::idTokenString);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String back = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        StringBuilder url = new StringBuilder(keycloak.realmUrl())
                .append("/protocol/openid-connect/logout?post_logout_redirect_uri=").append(encode(back));
        idToken.ifPresent(token -> url.append("&id_token_hint=").append(encode(token)));
        response.sendRedirect(url.toString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
