package io.relance.domain.targeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One short phrase of a score's explanation: a message key with its parameters, and how many points
 * it moved the score from the neutral middle (signed, so that the chef sees what helped and what
 * hurt). Stored as {@code key=points=p1|p2} joined by {@code ;}: the reasons kept at launch are
 * rendered later in the reader's language, even after the weights changed.
 */
public record Reason(String key, int points, List<String> params) implements java.io.Serializable {

    public Reason {
        params = List.copyOf(params);
    }

    public static Reason of(String key, int points, Object... params) {
        return new Reason(key, points, Arrays.stream(params).map(p -> clean(String.valueOf(p))).toList());
    }

    /** The separators never appear in a parameter (a topic typed with a ";" would break the reading). */
    private static String clean(String param) {
        return param.replaceAll("[;=|]", " ").strip();
    }

    public static String format(List<Reason> reasons, int maxLength) {
        StringBuilder sb = new StringBuilder();
        for (Reason r : reasons) {
            String one = r.key + "=" + r.points + "=" + String.join("|", r.params);
            if (sb.length() + one.length() + 1 > maxLength) {
                break;
            }
            sb.append(sb.isEmpty() ? "" : ";").append(one);
        }
        return sb.toString();
    }

    /** Tolerant: a malformed entry is skipped, never an error on a page. */
    public static List<Reason> parse(String text) {
        List<Reason> reasons = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return reasons;
        }
        for (String entry : text.split(";")) {
            String[] parts = entry.split("=", 3);
            if (parts.length < 2 || parts[0].isBlank()) {
                continue;
            }
            try {
                int points = Integer.parseInt(parts[1].strip());
                List<String> params = parts.length < 3 || parts[2].isEmpty() ? List.of() : List.of(parts[2].split("\\|", -1));
                reasons.add(new Reason(parts[0].strip(), points, params));
            } catch (NumberFormatException ignored) {
                // an entry from another version: left out
            }
        }
        return reasons;
    }
}
