package io.relance.domain.contact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Topics ("thématiques") of an outlet or a contact, stored in one column as {@code |Culture|Tech|}
 * so that a filter is one indexed-tenant LIKE '%|tech|%' (the column's collation ignores case and
 * accents) and a bulk "tag" is one UPDATE, with no join table to page through.
 */
public final class Topics {

    public static final int MAX_LENGTH = 500;
    /** Compiled once: an import parses the topics of every line. */
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[,;|/\\n]");

    private Topics() {
    }

    /** "culture; Tech, culture" → [culture, Tech]: trimmed, first spelling kept, no duplicates. */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String part : SEPARATORS.split(text)) {
            String topic = Text.collapse(part.strip());
            if (!topic.isEmpty()) {
                unique.putIfAbsent(Choice.fold(topic), topic);
            }
        }
        return new ArrayList<>(unique.values());
    }

    public static String store(Collection<String> topics) {
        List<String> clean = parse(String.join(",", topics));
        return clean.isEmpty() ? null : "|" + String.join("|", clean) + "|";
    }

    public static List<String> read(String stored) {
        return parse(stored);
    }

    public static String display(String stored) {
        return String.join(", ", read(stored));
    }

    /** The LIKE pattern that finds one topic in the stored column. */
    public static String likePattern(String topic) {
        String clean = topic.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%|" + clean + "|%";
    }
}
