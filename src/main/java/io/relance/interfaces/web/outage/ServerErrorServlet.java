package io.relance.interfaces.web.outage;

import io.relance.application.common.DatabaseOutage;
import io.relance.application.common.Texts;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The error page of 500 and 503 (web.xml). A failure caused by the database being unreachable, or a
 * 503 (the member check could not reach it), is no error of the person's: they get "service
 * momentanément indisponible" with a 503 and a Retry-After — the page, rendered without touching the
 * database; JSON for the API; for a PrimeFaces request, a redirect to that page (an AJAX answer in
 * HTML would show nothing). Anything else keeps the 500 page.
 */
@WebServlet("/error/server")
public class ServerErrorServlet extends HttpServlet {

    /** Seconds a client is told to wait: the pool opens connections again as soon as the database answers. */
    static final String RETRY_AFTER = "30";
    static final String PAGE = "/error/unavailable.xhtml";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        boolean unavailable = Integer.valueOf(HttpServletResponse.SC_SERVICE_UNAVAILABLE).equals(status)
                || DatabaseOutage.isCause(failure);
        if (!unavailable) {
            request.getRequestDispatcher("/error/500.xhtml").forward(request, response);
            return;
        }
        String context = request.getContextPath();
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setHeader("Cache-Control", "no-store");
        if (path.equals("/api") || path.startsWith("/api/")) {
            json(request, response);
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            ajaxRedirect(response, context + PAGE + "?back=" + URLEncoder.encode(UnavailablePage.backOf(request, uri),
                    StandardCharsets.UTF_8));
        } else {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            request.setAttribute(UnavailablePage.RETRY, UnavailablePage.pageOf(uri, request.getQueryString()));
            request.getRequestDispatcher(PAGE).forward(request, response);
        }
    }

    private static void json(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the API's language rule (ApiGate): English when asked for, French otherwise
        String message = new Texts(request.getHeader("Accept-Language") == null ? null : request.getLocale()).text("error.unavailable.api");
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"unavailable\",\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    /** Faces' own partial response: PrimeFaces follows it, as after a session expiry. */
    static void ajaxRedirect(HttpServletResponse response, String url) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
    }
}
