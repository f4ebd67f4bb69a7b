package io.relance.interfaces.web.preference;

import io.relance.application.preference.PreferencePage;
import io.relance.domain.contact.Problem;
import io.relance.domain.mail.MailBody;
import io.relance.domain.preference.JournalistPreferences;
import io.relance.domain.preference.LinkState;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The public preferences page: plain HTML (no login, no JavaScript, no session), as the unsubscribe
 * page, so that it opens on any phone from an email or an SMS. The token comes in the URL from the
 * email and in a hidden field when saving; the page shows nothing about any agency.
 */
@WebServlet("/preferences")
public class PreferencesServlet extends HttpServlet {

    @Inject
    PreferencePage page;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResourceBundle text = bundle(request);
        String token = request.getParameter("t");
        if (token == null || token.isBlank()) {
            new PreferencesHtml(text).ask(null).send(response, 200);
            return;
        }
        PreferencePage.Opened opened = page.open(token);
        if (opened.state() != LinkState.VALID) {
            refused(response, text, opened.state());
            return;
        }
        new PreferencesHtml(text).form(token, opened.preferences(), List.of(), null).send(response, 200);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        ResourceBundle text = bundle(request);
        String token = request.getParameter("t");
        if (token == null || token.isBlank()) {
            requestLink(request, response, text);
            return;
        }
        JournalistPreferences typed;
        try {
            typed = preferences(request);
        } catch (NumberFormatException | DateTimeParseException e) {
            new PreferencesHtml(text).form(token, JournalistPreferences.NONE, List.of(), text.getString("preferences.invalid"))
                    .send(response, 400);
            return;
        }
        PreferencePage.Saved saved = page.save(token, typed);
        if (saved.state() != LinkState.VALID) {
            refused(response, text, saved.state());
        } else if (!saved.problems().isEmpty()) {
            new PreferencesHtml(text).form(token, typed, saved.problems().stream().map(p -> message(text, p)).toList(), null)
                    .send(response, 400);
        } else {
            new PreferencesHtml(text).message("saved", text.getString("preferences.saved")).send(response, 200);
        }
    }

    private void requestLink(HttpServletRequest request, HttpServletResponse response, ResourceBundle text) throws IOException {
        String language = text.getLocale().getLanguage();
        switch (page.request(request.getParameter("email"), request.getRemoteAddr(), language)) {
            // the same words whether any agency knows the address or not
            case SENT -> new PreferencesHtml(text).message("sent", text.getString("preferences.sent")).send(response, 200);
            case LIMITED -> {
                response.setHeader("Retry-After", "900");
                new PreferencesHtml(text).ask(text.getString("preferences.limited")).send(response, 429);
            }
            case INVALID -> new PreferencesHtml(text).ask(text.getString("preferences.email.invalid")).send(response, 400);
            case UNAVAILABLE -> new PreferencesHtml(text).message("unavailable", text.getString("preferences.unavailable"))
                    .send(response, 503);
        }
    }

    private static void refused(HttpServletResponse response, ResourceBundle text, LinkState state) throws IOException {
        String key = switch (state) {
            case EXPIRED -> "preferences.link.expired";
            case USED -> "preferences.link.used";
            default -> "preferences.link.unknown";
        };
        new PreferencesHtml(text).ask(text.getString(key)).send(response, state == LinkState.UNKNOWN ? 404 : 410);
    }

    private static JournalistPreferences preferences(HttpServletRequest request) {
        String cap = request.getParameter("weeklyCap");
        String away = request.getParameter("awayUntil");
        String topics = request.getParameter("topics");
        return new JournalistPreferences(request.getParameter("noCalls") != null, request.getParameter("oneCall") != null,
                cap == null || cap.isBlank() ? null : Integer.valueOf(cap.strip()),
                away == null || away.isBlank() ? null : LocalDate.parse(away.strip()),
                request.getParameter("emailOnly") != null, topics == null || topics.isBlank() ? null : topics.strip());
    }

    private static String message(ResourceBundle text, Problem p) {
        return MessageFormat.format(text.getString(p.key()), p.value());
    }

    /** English when asked ({@code ?lang=en}, kept in the forms) or when the browser prefers it; French otherwise. */
    private static ResourceBundle bundle(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        boolean english = asked != null ? "en".equals(asked) : "en".equals(request.getLocale().getLanguage());
        return ResourceBundle.getBundle("io.relance.i18n.messages", english ? Locale.ENGLISH : Locale.FRENCH,
                PreferencesServlet.class.getClassLoader());
    }

    static String escape(String s) {
        return MailBody.escape(s == null ? "" : s);
    }
}
