package io.relance.interfaces.web.preference;

import io.relance.domain.preference.JournalistPreferences;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;

import static io.relance.interfaces.web.preference.PreferencesServlet.escape;

/** The page's HTML: one column, large targets, readable on a phone without zooming. */
final class PreferencesHtml {

    private static final String STYLE = "body{font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.5;max-width:34em;"
            + "margin:0 auto;padding:1em;color:#222}h1{font-size:1.4em}label{display:block;margin:.8em 0}"
            + "input[type=email],input[type=number],input[type=date],textarea{box-sizing:border-box;width:100%;font-size:1em;padding:.5em}"
            + "input[type=checkbox]{width:1.3em;height:1.3em;vertical-align:middle;margin-right:.5em}"
            + "button{font-size:1em;padding:.7em 1.2em;margin-top:1em;width:100%}.message{background:#f3f6fb;padding:.8em;border-radius:4px}"
            + ".error{color:#a00}nav{text-align:right}";

    private final ResourceBundle text;
    private final String lang;
    private final StringBuilder html = new StringBuilder();

    PreferencesHtml(ResourceBundle text) {
        this.text = text;
        this.lang = text.getLocale().getLanguage();
        html.append("<!DOCTYPE html><html lang=\"").append(lang).append("\"><head><meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(t("preferences.title")).append("</title><style>").append(STYLE).append("</style></head><body>")
                .append("<nav><a id=\"language\" href=\"preferences?lang=").append("en".equals(lang) ? "fr" : "en").append("\">")
                .append(t("preferences.otherLanguage")).append("</a></nav><h1>").append(t("preferences.title")).append("</h1>");
    }

    /** The form that asks for a one-time link, with a message above it (or none). */
    PreferencesHtml ask(String message) {
        if (message != null) {
            html.append("<p id=\"message\" class=\"message\">").append(escape(message)).append("</p>");
        }
        html.append("<p>").append(t("preferences.intro")).append("</p>")
                .append("<form method=\"post\" action=\"preferences?lang=").append(lang).append("\">")
                .append("<label>").append(t("preferences.email")).append(" <input id=\"email\" type=\"email\" name=\"email\" ")
                .append("required autocomplete=\"email\"></label>")
                .append("<button id=\"send\" type=\"submit\">").append(t("preferences.send")).append("</button></form>");
        return this;
    }

    PreferencesHtml message(String id, String message) {
        html.append("<p id=\"message\" class=\"message\" data-state=\"").append(id).append("\">").append(escape(message)).append("</p>");
        return this;
    }

    /** The preferences, as they are, to change; the token rides along in a hidden field. */
    PreferencesHtml form(String token, JournalistPreferences p, List<String> problems, String error) {
        for (String problem : error == null ? problems : List.of(error)) {
            html.append("<p class=\"error\">").append(escape(problem)).append("</p>");
        }
        html.append("<p>").append(t("preferences.explain")).append("</p>")
                .append("<form method=\"post\" action=\"preferences?lang=").append(lang).append("\">")
                .append("<input type=\"hidden\" name=\"t\" value=\"").append(escape(token)).append("\">")
                .append(check("noCalls", p.noCalls(), "preferences.noCalls"))
                .append(check("oneCall", p.oneCallPerRelease(), "preferences.oneCall"))
                .append(check("emailOnly", p.emailOnly(), "preferences.emailOnly"))
                .append("<label>").append(t("preferences.weeklyCap")).append(" <input id=\"weeklyCap\" type=\"number\" min=\"1\" ")
                .append("max=\"").append(JournalistPreferences.MAX_WEEKLY_CAP).append("\" name=\"weeklyCap\" value=\"")
                .append(p.weeklyCap() == null ? "" : p.weeklyCap()).append("\"></label>")
                .append("<label>").append(t("preferences.awayUntil")).append(" <input id=\"awayUntil\" type=\"date\" name=\"awayUntil\" value=\"")
                .append(p.awayUntil() == null ? "" : p.awayUntil()).append("\"></label>")
                .append("<label>").append(t("preferences.topics")).append(" <textarea id=\"topics\" name=\"topics\" rows=\"3\" maxlength=\"500\">")
                .append(escape(p.topics())).append("</textarea></label>")
                .append("<button id=\"save\" type=\"submit\">").append(t("preferences.save")).append("</button></form>");
        return this;
    }

    void send(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Referrer-Policy", "no-referrer"); // the token must not leak to another site
        response.getWriter().write(html.append("</body></html>").toString());
    }

    private String check(String name, boolean checked, String key) {
        return "<label><input id=\"" + name + "\" type=\"checkbox\" name=\"" + name + "\"" + (checked ? " checked" : "") + ">"
                + t(key) + "</label>";
    }

    private String t(String key) {
        return escape(text.getString(key));
    }
}
