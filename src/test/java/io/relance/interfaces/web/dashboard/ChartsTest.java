package io.relance.interfaces.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * PrimeFaces writes a chart's configuration as is inside a page's {@code <script>}: a label typed by
 * a user (a caller's name, a campaign's subject) must not be able to close that script and open
 * another, and must still be drawn as typed.
 */
class ChartsTest {

    static final String HOSTILE = "</script><script>alert(1)</script> & <!-- \u2028";

    record Row(String name, long n) {
    }

    @Test
    void aLabelCannotCloseThePagesScriptAndIsDrawnAsTyped() {
        String config = Charts.bars(List.of(new Row(HOSTILE, 3), new Row("Zoé \"Z\" O'Neil", 1)), Row::name, true,
                new Charts.Series<>(HOSTILE, Charts.BLUE, Row::n));

        assertFalse(config.contains("<") || config.contains(">") || config.contains("&"), config);
        assertFalse(config.contains("\u2028"), config);
        JsonObject parsed = Json.createReader(new StringReader(config)).readObject();
        JsonObject data = parsed.getJsonObject("data");
        assertEquals(HOSTILE, data.getJsonArray("labels").getString(0));
        assertEquals("Zoé \"Z\" O'Neil", data.getJsonArray("labels").getString(1));
        assertEquals(HOSTILE, data.getJsonArray("datasets").getJsonObject(0).getString("label"));
        assertEquals(3, data.getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getInt(0));
    }
}
