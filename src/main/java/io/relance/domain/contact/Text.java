package io.relance.domain.contact;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reading typed values the same way in forms and files: trimmed text, choices, yes/no, dates. */
final class Text {

    private static final DateTimeFormatter[] DATES = {
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu")};

    private Text() {
    }

    /** Trimmed, inner runs of spaces collapsed; null when empty. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = collapse(raw.strip());
        return s.isEmpty() ? null : s;
    }

    /**
     * Inner runs of spaces, tabs and line breaks as one space, as {@code replaceAll("\\s+", " ")}
     * would, without compiling a regex per call: every cell of a million-line import passes here.
     * A text with nothing to collapse is returned as it is.
     */
    static String collapse(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int end = i + 1;
                while (end < s.length() && isSpace(s.charAt(end))) {
                    end++;
                }
                if (out == null && (c != ' ' || end > i + 1)) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                if (out != null) {
                    out.append(' ');
                }
                i = end - 1;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** What {@code \\s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    static <E extends Enum<E> & Choice> E choice(Class<E> type, String raw, String field, String key, List<Problem> problems) {
        String text = clean(raw);
        if (text == null) {
            return null;
        }
        E value = Choice.parse(type, text).orElse(null);
        if (value == null) {
            problems.add(new Problem(field, key, text));
        }
        return value;
    }

    static String topics(String raw, String field, List<Problem> problems) {
        String stored = Topics.store(Topics.parse(raw));
        if (stored != null && stored.length() > Topics.MAX_LENGTH) {
            problems.add(new Problem(field, "field.tooLong", raw.strip()));
            return null;
        }
        return stored;
    }

    static boolean yesNo(String raw, String field, List<Problem> problems) {
        String text = clean(raw);
        if (text == null) {
            return false;
        }
        YesNo answer = Choice.parse(YesNo.class, text).orElse(null);
        if (answer == null) {
            problems.add(new Problem(field, "field.yesNo", text));
        }
        return answer == YesNo.OUI;
    }

    static LocalDate date(String raw, String field, List<Problem> problems) {
        String text = clean(raw);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.length() > 10 && format == DATES[0] ? text.substring(0, 10) : text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        problems.add(new Problem(field, "field.date", text));
        return null;
    }

    static String max(String text, int max, String field, List<Problem> problems) {
        if (text != null && text.length() > max) {
            problems.add(new Problem(field, "field.tooLong", text.length() > 40 ? text.substring(0, 40) + "…" : text));
            return null;
        }
        return text;
    }
}
