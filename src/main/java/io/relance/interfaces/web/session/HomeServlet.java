package io.relance.interfaces.web.session;

import io.relance.domain.staff.Role;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** After login: each role lands on its own first screen. */
@WebServlet({"/app/home", "/app/", "/app"})
public class HomeServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path;
        if (request.isUserInRole(Role.DIRECTEUR_NAME)) {
            path = "/app/agence/team.xhtml";
        } else if (request.isUserInRole(Role.CHEF_DE_PROJET_NAME)) {
            path = "/app/campagnes/list.xhtml";
        } else if (request.isUserInRole(Role.STAGIAIRE_NAME)) {
            path = "/app/journee/today.xhtml";
        } else {
            path = "/app/client/home.xhtml";
        }
        response.sendRedirect(request.getContextPath() + path);
    }
}
