package io.relance.domain.qualification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A meeting's calendar invitation (iCalendar, RFC 5545, METHOD:REQUEST) to attach to its
 * confirmation email: times in UTC, texts escaped, lines folded at 75 octets without splitting a
 * UTF-8 character, CRLF line ends. The uid stays the same when the meeting is sent again.
 */
public record Invitation(String uid, Instant start, Duration length, String summary, String description, String location,
                         String organizerName, String organizerEmail, List<String> attendeeEmails) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public String ics(Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Relance//Qualification//FR");
        line(out, "METHOD:REQUEST");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid);
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART:" + UTC.format(start));
        line(out, "DTEND:" + UTC.format(start.plus(length)));
        line(out, "SUMMARY:" + escape(summary));
        if (description != null && !description.isBlank()) {
            line(out, "DESCRIPTION:" + escape(description));
        }
        if (location != null && !location.isBlank()) {
            line(out, "LOCATION:" + escape(location));
        }
        line(out, "ORGANIZER;CN=" + param(organizerName) + ":mailto:" + organizerEmail);
        for (String attendee : attendeeEmails) {
            line(out, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + attendee);
        }
        line(out, "STATUS:CONFIRMED");
        line(out, "SEQUENCE:0");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values: backslash, semicolon, comma and new lines are escaped (RFC 5545, 3.3.11). */
    static String escape(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value: quoted, without the characters a quoted value may not hold. */
    private static String param(String value) {
        return "\"" + (value == null ? "" : value.replace("\"", "'").replaceAll("[\\r\\n]", " ")) + "\"";
    }

    /** One content line, folded: at most 75 octets per physical line, continuation lines start with a space. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
