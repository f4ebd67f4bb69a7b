package io.relance.interfaces.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Chart.js configurations for {@code <p:chart value="...">}: a bar chart of one or two series over
 * labels. Built with JSON-P, so a label with quotes or accents cannot break the page's script; and
 * PrimeFaces writes the value as is inside a {@code <script>}, so {@link #forScript} also hides the
 * characters that could close that script (a caller named {@code </script><script>...}).
 */
final class Charts {

    static final String BLUE = "#3b82f6";
    static final String GREEN = "#10b981";
    static final String AMBER = "#f59e0b";

    private Charts() {
    }

    /** One dataset of a bar chart: its name, colour, and the value of each row. */
    record Series<T>(String label, String color, ToLongFunction<T> value) {
    }

    @SafeVarargs
    static <T> String bars(List<T> rows, java.util.function.Function<T, String> label, boolean horizontal, Series<T>... series) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(label.apply(r)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series<T> s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            rows.forEach(r -> data.add(s.value().applyAsLong(r)));
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("backgroundColor", s.color()).add("data", data));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false);
        if (horizontal) { // every label shown, however small the chart
            options.add("indexAxis", "y").add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                    .add("ticks", Json.createObjectBuilder().add("autoSkip", false))));
        }
        return forScript(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString());
    }

    /**
     * JSON that can sit inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &}
     * (which only occur inside JSON strings) become JSON unicode escapes, as do the line and
     * paragraph separators that older JavaScript refuses in a string. The data stays the same.
     */
    static String forScript(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
