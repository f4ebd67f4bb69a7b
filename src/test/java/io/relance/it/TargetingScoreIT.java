package io.relance.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

import static io.relance.it.Agencies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The targeting score on the real stack: reasons a chef can read, the directeur's weights changing
 * the score, the team's free capacity (less what another running campaign holds), the split by
 * score, a chef's moves kept across a new split and at launch, another agency's campaign 404, a
 * stagiaire 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TargetingScoreIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.relance();
    }

    private static JsonObject json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    /** Each target of a board by its name. */
    private static Map<String, JsonObject> rows(JsonObject board) {
        Map<String, JsonObject> byName = new HashMap<>();
        for (JsonValue v : board.getJsonArray("rows")) {
            byName.put(v.asJsonObject().getString("name"), v.asJsonObject());
        }
        return byName;
    }

    private static boolean hasReason(JsonObject row, String key) {
        return row.getJsonArray("reasons").stream().anyMatch(r -> r.asJsonObject().getString("key").equals(key));
    }

    private static long contact(String token, String json) throws Exception {
        HttpResponse<String> r = Tokens.postJson("/api/contacts", token, json);
        assertEquals(201, r.statusCode(), r.body());
        return id(r.body());
    }

    private static long campaign(String token, long client, String subject, LocalDate send) throws Exception {
        HttpResponse<String> r = Tokens.postJson("/api/campaigns", token, "{\"clientId\":" + client
                + ",\"kind\":\"PRESS_RELEASE\",\"subject\":\"" + subject + "\",\"sendDate\":\"" + send + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        return id(r.body());
    }

    private static void weights(String token, int topics, int calls) throws Exception {
        assertEquals(200, Tokens.putJson("/api/targeting/weights", token, "{\"weights\":{\"TOPICS\":" + topics + "},"
                + "\"callsPerCallerPerDay\":" + calls + "}").statusCode());
    }

    @Test
    void scoresReasonsWeightsCapacitySplitAndMoves() throws Exception {
        String token = ContactsIT.newAgency("score");
        long me = id(Tokens.get("/api/team", token).body());
        LocalDate send = LocalDate.now().plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        long sante = contact(token, "{\"firstName\":\"Alice\",\"lastName\":\"Santé\",\"beat\":\"Santé publique\",\"tier\":\"A\","
                + "\"mobile\":\"06 10 00 00 01\"}");
        long sport = contact(token, "{\"firstName\":\"Bruno\",\"lastName\":\"Sport\",\"topics\":\"Sport\",\"tier\":\"C\","
                + "\"language\":\"en\",\"mobile\":\"06 10 00 00 02\"}");
        long plain = contact(token, "{\"firstName\":\"Chloé\",\"lastName\":\"Neutre\",\"mobile\":\"06 10 00 00 03\"}");
        long other = contact(token, "{\"firstName\":\"Denis\",\"lastName\":\"Ailleurs\",\"mobile\":\"06 10 00 00 04\"}");
        long client = id(Tokens.postJson("/api/clients", token, "{\"name\":\"Labo Score\"}").body());

        // another running campaign of the same caller holds attempts on the same days
        long busy = campaign(token, client, "Occupé", send);
        assertEquals(200, Tokens.putJson("/api/campaigns/" + busy + "/members", token, "[" + me + "]").statusCode());
        assertEquals(200, Tokens.postJson("/api/campaigns/" + busy + "/targets", token, "{\"ids\":[" + other + "]}").statusCode());
        assertEquals(200, Tokens.postJson("/api/campaigns/" + busy + "/launch", token, "").statusCode());

        long id = campaign(token, client, "Santé 2027", send);
        String c = "/api/campaigns/" + id;
        assertEquals(200, Tokens.putJson(c + "/members", token, "[" + me + "]").statusCode());
        assertEquals(200, Tokens.postJson(c + "/targets", token, "{\"ids\":[" + sante + "," + sport + "," + plain + "]}").statusCode());
        assertEquals("Santé", json(Tokens.putJson(c + "/topics", token, "{\"topics\":\" Santé ; santé ; \"}")).getString("topics"),
                "cleaned: trimmed, the first spelling once");

        JsonObject board = json(Tokens.get(c + "/board", token));
        Map<String, JsonObject> byName = rows(board);
        JsonObject alice = byName.get("Alice Santé"), bruno = byName.get("Bruno Sport"), chloe = byName.get("Chloé Neutre");
        assertTrue(hasReason(alice, "score.topics.match") && hasReason(alice, "score.tier"), alice.toString());
        assertTrue(hasReason(bruno, "score.topics.none") && hasReason(bruno, "score.language.other"), bruno.toString());
        assertTrue(alice.getInt("score") > chloe.getInt("score") && chloe.getInt("score") > bruno.getInt("score"), board.toString());
        assertEquals("Alice Santé", board.getJsonArray("rows").getJsonObject(0).getString("name"), "best first");

        // the directeur's weights change the score: topics no longer count
        int before = alice.getInt("score");
        weights(token, 0, 60);
        JsonObject alice2 = rows(json(Tokens.get(c + "/board", token))).get("Alice Santé");
        assertFalse(hasReason(alice2, "score.topics.match"), alice2.toString());
        assertTrue(alice2.getInt("score") != before, before + " then " + alice2.getInt("score"));
        weights(token, 5, 6);

        // capacity: 1 caller × 6 calls a day × 3 days = 18, less the 9 the other campaign holds: room for one contact of 9 attempts
        board = json(Tokens.get(c + "/board", token));
        assertEquals(9, board.getInt("freeAttempts"), board.toString());
        assertEquals(1, board.getInt("toCall"));
        assertEquals(2, board.getInt("sendOnly"));
        assertEquals("CALL", rows(board).get("Alice Santé").getString("mode"), "the best is called");
        assertFalse(board.getBoolean("overCapacity"));

        // the chef moves Bruno to call: kept, in addition to Alice (nobody silently dropped), and now over capacity
        board = json(Tokens.putJson(c + "/targets/" + sport + "/mode", token, "{\"mode\":\"CALL\"}"));
        assertEquals(2, board.getInt("toCall"));
        assertEquals(18, board.getInt("attemptsNeeded"));
        assertTrue(board.getBoolean("overCapacity"));
        assertTrue(rows(board).get("Bruno Sport").getBoolean("pinned"));
        // a new split (more capacity, new weights) never undoes it
        weights(token, 7, 60);
        board = json(Tokens.get(c + "/board", token));
        assertEquals("CALL", rows(board).get("Bruno Sport").getString("mode"));
        assertEquals(3, board.getInt("toCall"), board.toString());
        // and Alice moved to send only stays there though capacity is plenty
        json(Tokens.putJson(c + "/targets/" + sante + "/mode", token, "{\"mode\":\"SEND_ONLY\"}"));
        weights(token, 9, 60);
        assertEquals("SEND_ONLY", rows(json(Tokens.get(c + "/board", token))).get("Alice Santé").getString("mode"));
        assertEquals(422, Tokens.putJson(c + "/targets/" + sante + "/mode", token, "{}").statusCode(), "a mode is required");

        // another agency: 404 for the campaign, and a foreign contact in our own campaign is not a target
        String demo = Tokens.accessToken("directeur@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(404, Tokens.get(c + "/board", demo).statusCode());
        assertEquals(404, Tokens.putJson(c + "/targets/" + sport + "/mode", demo, "{\"mode\":\"SEND_ONLY\"}").statusCode());
        assertEquals(404, Tokens.putJson(c + "/topics", demo, "{\"topics\":\"Volé\"}").statusCode());
        assertEquals(404, Tokens.postJson("/api/targeting/weights/preview/" + busy, demo, "{}").statusCode());
        assertEquals(404, Tokens.putJson(c + "/targets/" + (other + 1_000_000) + "/mode", token, "{\"mode\":\"CALL\"}").statusCode());
        assertEquals("CALL", rows(json(Tokens.get(c + "/board", token))).get("Bruno Sport").getString("mode"), "untouched");

        // a stagiaire neither reads nor moves; a chef does not set the weights
        String stagiaire = Tokens.accessToken("stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        long demoCampaign = Agencies.demoFestival();
        assertEquals(403, Tokens.get("/api/campaigns/" + demoCampaign + "/board", stagiaire).statusCode());
        assertEquals(403, Tokens.putJson("/api/campaigns/" + demoCampaign + "/targets/1/mode", stagiaire, "{\"mode\":\"CALL\"}").statusCode());
        String chef = Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(403, Tokens.putJson("/api/targeting/weights", chef, "{\"weights\":{\"TIER\":1}}").statusCode());
        assertEquals(200, Tokens.get("/api/campaigns/" + demoCampaign + "/board", chef).statusCode());
        HttpResponse<String> bad = Tokens.putJson("/api/targeting/weights", token, "{\"weights\":{\"TIER\":11},\"callsPerCallerPerDay\":500}");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("weights.range") && bad.body().contains("weights.callsPerDay.range"), bad.body());

        // launch: scores, reasons and modes are settled on each target as the chef left them
        assertEquals(200, Tokens.postJson(c + "/launch", token, "").statusCode());
        board = json(Tokens.get(c + "/board", token));
        assertEquals("SEND_ONLY", rows(board).get("Alice Santé").getString("mode"));
        assertEquals("CALL", rows(board).get("Bruno Sport").getString("mode"));
        assertTrue(hasReason(rows(board).get("Alice Santé"), "score.topics.match"), "reasons kept as computed at launch");
        assertEquals(422, Tokens.putJson(c + "/targets/" + sante + "/mode", token, "{\"mode\":\"CALL\"}").statusCode(),
                "a launched campaign's groups are settled");

        // the directeur's preview on that past campaign: nothing written
        JsonObject preview = json(Tokens.postJson("/api/targeting/weights/preview/" + id, token, "{\"weights\":{\"TOPICS\":0}}"));
        assertEquals(3, preview.getInt("total"));
        assertFalse(hasReason(rows(preview).get("Alice Santé"), "score.topics.match"));
        assertTrue(hasReason(rows(json(Tokens.get(c + "/board", token))).get("Alice Santé"), "score.topics.match"), "unchanged");
        assertEquals(422, Tokens.postJson("/api/targeting/weights/preview/" + campaign(token, client, "Brouillon", send), token, "{}")
                .statusCode(), "a draft has nothing to compare with");
    }
}
