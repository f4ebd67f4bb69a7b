package io.relance.domain.contact;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours in which a contact prefers to be called, in their own time zone: "09:00-12:00,
 * 14:00-18:00" (also typed "9h-12h ; 14h30-18h"). The sequence engine places attempts inside them.
 */
public record CallWindows(List<Window> windows) {

    private static final Pattern RANGE = Pattern.compile("^(\\d{1,2})(?:[h:](\\d{2})?)?\\s*(?:-|–|à|to)\\s*(\\d{1,2})(?:[h:](\\d{2})?)?$");

    /** One range of hours, start before end. */
    public record Window(LocalTime from, LocalTime to) implements java.io.Serializable {
        @Override
        public String toString() {
            return from + "-" + to;
        }
    }

    /** The outcome of reading typed windows: a value, nothing (blank), or a problem key. */
    public record Parsed(CallWindows windows, String problem) {
    }

    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, null);
        }
        List<Window> list = new ArrayList<>();
        for (String part : text.split("[,;/]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = RANGE.matcher(part.strip().toLowerCase());
            if (!m.matches()) {
                return new Parsed(null, "contact.callWindows.invalid");
            }
            try {
                LocalTime from = LocalTime.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
                LocalTime to = LocalTime.of(Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
                if (!from.isBefore(to)) {
                    return new Parsed(null, "contact.callWindows.invalid");
                }
                list.add(new Window(from, to));
            } catch (java.time.DateTimeException e) {
                return new Parsed(null, "contact.callWindows.invalid");
            }
        }
        return list.isEmpty() ? new Parsed(null, null) : new Parsed(new CallWindows(List.copyOf(list)), null);
    }

    @Override
    public String toString() {
        return String.join(",", windows.stream().map(Window::toString).toList());
    }
}
