package io.relance.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The signed-in caller's open calls of the day, read from {@code /api/journee} (client side). */
final class OpenCalls {

    private static final Pattern TASK = Pattern.compile("\"taskId\"\\s*:\\s*(\\d+)");
    private static final Pattern CONTACT = Pattern.compile("\"contact\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern OPEN = Pattern.compile("\"status\"\\s*:\\s*\"OPEN\"");

    private OpenCalls() {
    }

    /** Task → the name the card shows, in the day's order (each call is a flat JSON object: no nested object). */
    static Map<Long, String> of(String token) throws Exception {
        String day = Tokens.get("/api/journee", token).body();
        Map<Long, String> open = new LinkedHashMap<>();
        for (String call : day.split("[{}]")) {
            Matcher task = TASK.matcher(call);
            Matcher who = CONTACT.matcher(call);
            if (task.find() && OPEN.matcher(call).find()) {
                open.put(Long.parseLong(task.group(1)), who.find() ? who.group(1) : "");
            }
        }
        return open;
    }
}
