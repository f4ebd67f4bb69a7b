package io.relance.interfaces.web.mail;

import io.relance.application.mail.Unsubscribes;
import io.relance.domain.mail.MailBody;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The unsubscribe link of every email, public (no login: outside /app and /api). GET only asks to
 * confirm, because mail scanners open links; the button, or a mail client's RFC 8058 one-click
 * POST ({@code List-Unsubscribe=One-Click}), opts the person out of every campaign of the agency.
 * The page shows the agency's name and nothing else about anyone.
 */
@WebServlet("/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    @Inject
    Unsubscribes unsubscribes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle text = bundle(request);
        String token = request.getParameter("t");
        Optional<Unsubscribes.Link> link = unsubscribes.find(token);
        if (link.isEmpty()) {
            page(response, HttpServletResponse.SC_NOT_FOUND, text, text.getString("mail.unsubscribe.unknown"), null);
        } else if (link.get().optedOut()) {
            page(response, 200, text, format(text, "mail.unsubscribe.already", link.get().agencyName()), null);
        } else {
            page(response, 200, text, format(text, "mail.unsubscribe.confirm", link.get().agencyName()), token);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle text = bundle(request);
        // the token comes in the URL (RFC 8058 posts to the header's URL) or from the page's form
        Optional<Unsubscribes.Link> link = unsubscribes.optOut(request.getParameter("t"));
        if (link.isEmpty()) {
            page(response, HttpServletResponse.SC_NOT_FOUND, text, text.getString("mail.unsubscribe.unknown"), null);
        } else {
            page(response, 200, text, format(text, "mail.unsubscribe.done", link.get().agencyName()), null);
        }
    }

    private static void page(HttpServletResponse response, int status, ResourceBundle text, String message, String token)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(text.getLocale().getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>")
                .append(MailBody.escape(text.getString("mail.unsubscribe.title"))).append("</title></head>")
                .append("<body style=\"font-family:Arial,Helvetica,sans-serif;max-width:36em;margin:3em auto;padding:0 1em\">")
                .append("<h1>").append(MailBody.escape(text.getString("mail.unsubscribe.title"))).append("</h1>")
                .append("<p id=\"message\">").append(MailBody.escape(message)).append("</p>");
        if (token != null) {
            html.append("<form method=\"post\" action=\"unsubscribe?t=").append(MailBody.escape(token)).append("\">")
                    .append("<button id=\"confirm\" type=\"submit\">").append(MailBody.escape(text.getString("mail.unsubscribe.button")))
                    .append("</button></form>");
        }
        response.getWriter().write(html.append("</body></html>").toString());
    }

    private static String format(ResourceBundle text, String key, String agency) {
        return MessageFormat.format(text.getString(key), agency);
    }

    /** French unless the browser prefers English. */
    private static ResourceBundle bundle(HttpServletRequest request) {
        Locale locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        return ResourceBundle.getBundle("io.relance.i18n.messages", locale, UnsubscribeServlet.class.getClassLoader());
    }
}
