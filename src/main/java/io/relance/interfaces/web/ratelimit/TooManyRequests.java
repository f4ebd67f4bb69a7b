package io.relance.interfaces.web.ratelimit;

import io.relance.domain.mail.MailBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The answer over a limit: 429 with Retry-After, a short page in French or English (JSON under /api). */
public final class TooManyRequests {

    private TooManyRequests() {
    }

    /** "Try again in N minute(s)", in the request's language. */
    public static String message(Locale locale, long retryAfterSeconds) {
        return MessageFormat.format(bundle(locale).getString("ratelimit.text"), minutes(retryAfterSeconds));
    }

    public static long minutes(long retryAfterSeconds) {
        return Math.max(1, (retryAfterSeconds + 59) / 60);
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) throws IOException {
        Locale locale = locale(request);
        String message = message(locale, retryAfterSeconds);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"message\":\"ratelimit.text\",\"detail\":\"" + message.replace("\"", "'") + "\"}");
            return;
        }
        String title = MailBody.escape(bundle(locale).getString("ratelimit.title"));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>" + title + "</title></head>"
                + "<body style=\"font-family:Arial,Helvetica,sans-serif;max-width:36em;margin:3em auto;padding:0 1em\">"
                + "<h1>" + title + "</h1><p id=\"message\">" + MailBody.escape(message) + "</p></body></html>");
    }

    /** English when asked ({@code ?lang=en}) or when the browser prefers it; French otherwise. */
    static Locale locale(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        boolean english = asked != null ? "en".equals(asked) : "en".equals(request.getLocale().getLanguage());
        return english ? Locale.ENGLISH : Locale.FRENCH;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("io.relance.i18n.messages", locale, TooManyRequests.class.getClassLoader());
    }
}
