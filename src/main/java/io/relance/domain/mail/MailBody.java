package io.relance.domain.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML part of an email made from its plain text: every character escaped (a journalist's name
 * or a campaign text is never markup), blank lines make paragraphs, single line breaks stay, web
 * addresses become links; and the footer with the unsubscribe link, in both parts.
 */
public final class MailBody {

    /** An address up to a space or an escaped quote or bracket (the text is escaped first). */
    private static final Pattern URL = Pattern.compile("https?://(?:(?!&quot;|&#39;|&lt;|&gt;)[^\\s])+");

    private MailBody() {
    }

    /** {@code unsubscribeUrl} null: an email to the agency's own staff, whose footer names the agency only. */
    public static String text(String body, String footer, String unsubscribeUrl) {
        return body + "\n\n-- \n" + footer + "\n" + (unsubscribeUrl == null ? "" : unsubscribeUrl + "\n");
    }

    public static String html(String body, String footer, String unsubscribeLabel, String unsubscribeUrl) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head>"
                + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222\">");
        for (String paragraph : body.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                out.append("<p>").append(links(escape(paragraph.strip())).replaceAll("\\R", "<br>")).append("</p>");
            }
        }
        out.append("<hr style=\"border:none;border-top:1px solid #ddd\"><p style=\"font-size:12px;color:#777\">")
                .append(escape(footer));
        if (unsubscribeUrl != null) {
            out.append(" <a href=\"").append(escape(unsubscribeUrl)).append("\">").append(escape(unsubscribeLabel)).append("</a>");
        }
        out.append("</p></body></html>");
        return out.toString();
    }

    /**
     * With a last line to the journalist's own preferences page, honoured by every agency (agencies'
     * emails only: the address to the page is the same for everyone, nothing personal in it).
     */
    public static String text(String body, String footer, String unsubscribeUrl, String preferencesLabel, String preferencesUrl) {
        return text(body, footer, unsubscribeUrl) + (preferencesUrl == null ? "" : preferencesLabel + " " + preferencesUrl + "\n");
    }

    public static String html(String body, String footer, String unsubscribeLabel, String unsubscribeUrl, String preferencesLabel,
                              String preferencesUrl) {
        String html = html(body, footer, unsubscribeLabel, unsubscribeUrl);
        if (preferencesUrl == null) {
            return html;
        }
        String end = "</p></body></html>";
        return html.substring(0, html.length() - end.length()) + "<br>" + escape(preferencesLabel) + " <a href=\""
                + escape(preferencesUrl) + "\">" + escape(preferencesUrl) + "</a>" + end;
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Addresses in already escaped text: the link's target is the same escaped text (valid in an attribute). */
    private static String links(String escaped) {
        Matcher m = URL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group();
            int end = url.length();
            while (end > 0 && ".,;:!?)".indexOf(url.charAt(end - 1)) >= 0) {
                end--; // the sentence's punctuation is not part of the address
            }
            String tail = url.substring(end);
            url = url.substring(0, end);
            m.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>" + tail));
        }
        m.appendTail(out);
        return out.toString();
    }
}
