package io.relance.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relance.infrastructure.persistence.evidence.PastCampaigns;
import io.relance.infrastructure.persistence.evidence.PastCampaigns.Target;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.relance.it.Agencies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Do follow-ups work?" on the real stack (issue 19, part 5). An agency signs up with 35 contacts; its history
 * is written in the server as finished sequences: an old campaign without scores (P01–P06 called) and a scored
 * one (P07–P18 called at 80, P19–P21 called at 50, P22–P27 send-only at 75, P28–P33 send-only at 20, P34 kept
 * out by the weekly cap, P35 send-only but opted out), plus a draft whose targets are marked send-only (never
 * counted). Then the bilan and the dashboard give the numbers computed by hand below, another agency sees none
 * of it, and the roles keep their rules.
 *
 * <p>By hand (Wilson 95 %): everyone, called 21 (coverage 9 → [0.245, 0.635], answers 14 → [0.454, 0.828]) against
 * send-only 12 (coverage 1, answers 1 → [0.015, 0.354]): coverage overlaps, answers settle it for the called.
 * 70–100: called 12 against send-only 6: too few. The scored campaign alone: called 15 (coverage 7 → [0.248,
 * 0.699], answers 10 → [0.417, 0.848]). Attempts (plan of 3): old campaign 18 planned, 12 made, 6 saved by answers;
 * scored one 45 planned + 13 × 3 (12 send-only, 1 capped) = 84, 29 made, 16 + 36 + 3 = 55 saved (220 min);
 * agency 102, 41 made, 61 saved, 244 min = 4 h 04 min.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowUpEvidenceIT {

    static final String PREFIX = "preuves-";
    static final String PASSWORD = "Preuves2026x";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Client side only. */
    static String owner;
    static String other;

    @Inject
    PastCampaigns history;

    @Inject
    TenantSql db;

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(FollowUpEvidenceIT.class, TenantSql.class, InTenant.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void anAgencyWithThirtyFiveContactsAndADraft() throws Exception {
        owner = Agencies.signUp(Agencies.slug(PREFIX.substring(0, PREFIX.length() - 1)), PASSWORD);
        other = Agencies.signUp(Agencies.slug("voisine"), PASSWORD);
        String token = token(owner);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 35; i++) {
            HttpResponse<String> added = Tokens.postJson("/api/contacts", token, "{\"firstName\":\"Journaliste\",\"lastName\":\"" + name(i)
                    + "\",\"outletName\":\"Média " + i + "\",\"email\":\"p" + i + "@preuves.example\"}");
            assertEquals(201, added.statusCode(), added.body());
            ids.add(id(added.body()));
        }
        long client = id(Tokens.postJson("/api/clients", token, "{\"name\":\"Brouillon SA\"}").body());
        long draft = id(Tokens.postJson("/api/campaigns", token, "{\"clientId\":" + client + ",\"kind\":\"PRESS_RELEASE\","
                + "\"subject\":\"Pas encore lancée\",\"sendDate\":\"" + LocalDate.now().plusDays(5) + "\"}").body());
        HttpResponse<String> targeted = Tokens.postJson("/api/campaigns/" + draft + "/targets", token,
                "{\"ids\":[" + ids.get(0) + "," + ids.get(1) + "," + ids.get(2) + "]}");
        assertEquals(200, targeted.statusCode(), targeted.body());
        JsonNode empty = dashboard(token).get("evidence");
        assertTrue(empty.get("comparison").get("bands").isEmpty(), "no launched campaign yet: " + empty);
        assertEquals(0, empty.get("campaigns").asLong());
    }

    /** In the server: the history, written as the sequences would have left it. */
    @Test
    @Order(2)
    void itsHistoryIsWritten() throws Exception {
        String tenant = db.use("none").in(() -> (String) db.em().createNativeQuery("SELECT id FROM agency WHERE id LIKE '" + PREFIX
                + "%' ORDER BY created_at DESC, id DESC LIMIT 1").getSingleResult());
        db.use(tenant);
        Map<String, Long> contacts = new HashMap<>();
        db.in(() -> {
            for (Object row : db.em().createNativeQuery("SELECT CONCAT(last_name, '=', id) FROM contact WHERE tenant_id = ?1")
                    .setParameter(1, tenant).getResultList()) {
                String[] kv = row.toString().split("=");
                contacts.put(kv[0], Long.parseLong(kv[1]));
            }
            return null;
        });
        long caller = db.count("SELECT MIN(id) FROM staff_member WHERE tenant_id = ?1");
        LocalDate today = LocalDate.now();

        List<Target> old = new ArrayList<>();
        String[] oldScripts = {"Y+", "NO", "NNN", "NY+", "R", "NNV"};
        for (int i = 0; i < oldScripts.length; i++) {
            old.add(called(contacts, i + 1, null, oldScripts[i]));
        }
        List<Target> scored = new ArrayList<>();
        String[] high = {"Y+", "NY+", "O", "NNN", "Y+", "VNR+", "NO", "NNV", "Y+", "NNY+", "X", "NVN"};
        for (int i = 0; i < high.length; i++) {
            scored.add(called(contacts, 7 + i, 80, high[i]));
        }
        String[] middle = {"Y+", "NNN", "O"};
        for (int i = 0; i < middle.length; i++) {
            scored.add(called(contacts, 19 + i, 50, middle[i]));
        }
        for (int i = 22; i <= 27; i++) { // 75: one article, one SMS reply, one STOP (not an answer)
            scored.add(new Target(contacts.get(name(i)), true, 75, "Rubrique proche", null, null, i == 22,
                    i == 23 ? Integer.valueOf(2) : i == 24 ? Integer.valueOf(3) : null, i == 24));
        }
        for (int i = 28; i <= 33; i++) { // 20: one SMS reply, but 40 days after the launch
            scored.add(new Target(contacts.get(name(i)), true, 20, "Rubrique éloignée", null, null, false,
                    i == 28 ? Integer.valueOf(40) : null, false));
        }
        scored.add(new Target(contacts.get(name(34)), false, 60, null, null, "WEEKLY_CAP", false, null, false));
        scored.add(new Target(contacts.get(name(35)), true, 10, null, null, "OPTED_OUT", true, null, false));

        InTenant.run(tenant, () -> {
            history.write("Archives SA", "Ancienne campagne", today.minusDays(100), caller, 3, old);
            history.write("Archives SA", "Campagne notée", today.minusDays(40), caller, 3, scored);
            return null;
        });
        db.in(() -> {
            db.sql("UPDATE campaign_target t JOIN campaign c ON c.tenant_id = t.tenant_id AND c.id = t.campaign_id "
                    + "SET t.call_mode = 'SEND_ONLY', t.score = 90 WHERE t.tenant_id = ?1 AND c.status = 'DRAFT'");
            return null;
        });
        assertEquals(3, db.count("SELECT COUNT(*) FROM campaign_target WHERE tenant_id = ?1 AND call_mode = 'SEND_ONLY' AND score = 90"));
        assertEquals(41, db.count("SELECT COUNT(*) FROM attempt WHERE tenant_id = ?1"));
    }

    @Test
    @Order(3)
    @RunAsClient
    void theBilanComparesCalledAndSendOnlyAsComputedByHand() throws Exception {
        String token = token(owner);
        JsonNode evidence = bilan(token, scoredCampaign(token)).get("evidence");
        JsonNode total = evidence.get("comparison").get("total");
        assertTrue(total.get("band").isNull(), "everyone");
        rate(total.get("coverage").get("called"), 15, 7, 0.467, 0.248, 0.699);
        rate(total.get("answers").get("called"), 15, 10, 0.667, 0.417, 0.848);
        rate(total.get("coverage").get("sendOnly"), 12, 1, 0.083, 0.015, 0.354);
        rate(total.get("answers").get("sendOnly"), 12, 1, 0.083, 0.015, 0.354);
        assertEquals("OVERLAP", total.get("coverage").get("verdict").asText());
        assertEquals("CALLED_BETTER", total.get("answers").get("verdict").asText());
        assertEquals(List.of("HIGH", "MIDDLE", "LOW"), bands(evidence), "no unscored target in the scored campaign");

        JsonNode time = evidence.get("timeSaved");
        expect(time, Map.of("baseline", 84L, "made", 29L, "closedCycle", 16L, "cap", 3L, "sendOnly", 36L, "other", 0L,
                "minutesPerAttempt", 4L, "minutesSaved", 220L));
        assertEquals(1, evidence.get("campaigns").asLong());
    }

    @Test
    @Order(4)
    @RunAsClient
    void theDashboardAddsUpEveryLaunchedCampaignAndSaysWhenItCannotConclude() throws Exception {
        JsonNode evidence = dashboard(token(owner)).get("evidence");
        assertEquals(2, evidence.get("campaigns").asLong(), "the draft is not a launched campaign");
        JsonNode total = evidence.get("comparison").get("total");
        rate(total.get("coverage").get("called"), 21, 9, 0.429, 0.245, 0.635);
        rate(total.get("answers").get("called"), 21, 14, 0.667, 0.454, 0.828);
        rate(total.get("coverage").get("sendOnly"), 12, 1, 0.083, 0.015, 0.354);
        assertEquals("OVERLAP", total.get("coverage").get("verdict").asText());
        assertEquals("CALLED_BETTER", total.get("answers").get("verdict").asText());

        assertEquals(List.of("HIGH", "MIDDLE", "LOW", "UNSCORED"), bands(evidence));
        JsonNode highBand = evidence.get("comparison").get("bands").get(0);
        rate(highBand.get("coverage").get("called"), 12, 6, 0.5, 0.254, 0.746);
        rate(highBand.get("answers").get("called"), 12, 8, 0.667, 0.391, 0.862);
        rate(highBand.get("coverage").get("sendOnly"), 6, 1, 0.167, 0.030, 0.564);
        assertEquals("TOO_FEW", highBand.get("coverage").get("verdict").asText(), "six send-only people are too few");
        JsonNode low = evidence.get("comparison").get("bands").get(2);
        rate(low.get("answers").get("sendOnly"), 6, 0, 0, 0, 0.390); // the late SMS reply is not an answer
        JsonNode unscored = evidence.get("comparison").get("bands").get(3);
        rate(unscored.get("coverage").get("called"), 6, 2, 0.333, 0.097, 0.700);
        assertEquals(0, unscored.get("coverage").get("sendOnly").get("n").asLong(), "before scores, everyone was called");

        expect(evidence.get("timeSaved"), Map.of("baseline", 102L, "made", 41L, "closedCycle", 22L, "cap", 3L, "sendOnly", 36L,
                "other", 0L, "minutesSaved", 244L));

        // the directeur says an attempt takes 6 minutes here: the same 61 attempts saved are 366 minutes
        assertEquals(200, Tokens.putJson("/api/targeting/weights", token(owner), "{\"minutesPerAttempt\":6}").statusCode());
        JsonNode priced = dashboard(token(owner)).get("evidence").get("timeSaved");
        expect(priced, Map.of("minutesPerAttempt", 6L, "minutesSaved", 366L));
        assertEquals(200, Tokens.putJson("/api/targeting/weights", token(owner), "{\"minutesPerAttempt\":4}").statusCode());
    }

    @Test
    @Order(5)
    @RunAsClient
    void thePagesAndTheFilesSayItInWords() throws Exception {
        String token = token(owner);
        long scored = scoredCampaign(token);
        String page = WebSession.text(Tokens.get("/app/campagnes/bilan.xhtml?id=" + scored, token));
        for (String expected : new String[]{"Les relances marchent-elles ?", "Sur cette campagne",
                "Pas assez de données pour conclure : les intervalles se recouvrent.",
                "Pas assez de données pour conclure (moins de 10 personnes dans un groupe).",
                "Les personnes appelées font mieux : 67 % contre 8 % en envoi seul.", "7/15 · 47 % [25–70 %]", "3 h 40 min",
                "appelée jusqu'au nombre de tentatives de son plan"}) {
            assertTrue(page.contains(expected), expected + " in " + page);
        }
        String board = WebSession.text(Tokens.get("/app/agence/dashboard.xhtml", token));
        for (String expected : new String[]{"Sur 2 campagne(s) lancée(s) de l'agence", "Sans score", "4 h 04 min", "9/21 · 43 % [24–63 %]"}) {
            assertTrue(board.contains(expected), expected + " in " + board);
        }
        HttpResponse<byte[]> csv = Tokens.download("/api/campaigns/" + scored + "/bilan.csv", token);
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("70–100;Appelées;12;6;0.500;0.254;0.746;8;0.667;0.391;0.862"), text);
        assertTrue(text.contains("Temps d'appel gagné;3 h 40 min"), text);
    }

    @Test
    @Order(6)
    @RunAsClient
    void anotherAgencySeesNoneOfItAndTheRolesKeepTheirRules() throws Exception {
        String token = token(owner);
        long scored = scoredCampaign(token);
        String intruder = token(other);
        assertEquals(404, Tokens.get("/api/campaigns/" + scored + "/bilan", intruder).statusCode());
        assertEquals(404, Tokens.download("/api/campaigns/" + scored + "/bilan.csv", intruder).statusCode());
        JsonNode theirs = dashboard(intruder).get("evidence");
        assertEquals(0, theirs.get("campaigns").asLong(), "its own dashboard counts none of the other agency's campaigns");
        assertEquals(0, theirs.get("comparison").get("total").get("coverage").get("called").get("n").asLong());
        assertEquals(0, theirs.get("timeSaved").get("baseline").asLong());
        assertTrue(WebSession.text(Tokens.get("/app/agence/dashboard.xhtml", intruder)).contains("rien à comparer"), "its empty state");

        assertEquals(403, Tokens.get("/api/dashboard", Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD)).statusCode(),
                "the agency's evidence is the directeur's");
        String stagiaire = Tokens.accessToken("stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(403, Tokens.get("/api/dashboard", stagiaire).statusCode());
        assertEquals(403, Tokens.get("/api/campaigns/" + scored + "/bilan", stagiaire).statusCode());
        String client = Tokens.accessToken("client@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(403, Tokens.get("/api/dashboard", client).statusCode());
        HttpResponse<String> mine = Tokens.get("/api/client/campaigns", client);
        assertEquals(200, mine.statusCode(), mine.body());
        HttpResponse<String> page = Tokens.get("/api/client/campaigns/" + id(mine.body()), client);
        assertEquals(200, page.statusCode(), page.body());
        assertFalse(page.body().contains("evidence") || page.body().contains("sendOnly"), "the client's page shows none of it");
    }

    private static Target called(Map<String, Long> contacts, int i, Integer score, String script) {
        return new Target(contacts.get(name(i)), false, score, score == null ? null : "Rubrique proche", script.replace("+", ""), null,
                script.endsWith("+"), null, false);
    }

    private static String name(int i) {
        return String.format("P%02d", i);
    }

    private static void rate(JsonNode r, long n, long successes, double rate, double low, double high) {
        String what = r.toString();
        assertEquals(n, r.get("n").asLong(), what);
        assertEquals(successes, r.get("successes").asLong(), what);
        assertEquals(rate, three(r.get("rate").asDouble()), 1e-9, what);
        assertEquals(low, three(r.get("low").asDouble()), 1e-9, what);
        assertEquals(high, three(r.get("high").asDouble()), 1e-9, what);
    }

    /** To three decimals, as computed by hand. */
    private static double three(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private static void expect(JsonNode node, Map<String, Long> expected) {
        expected.forEach((field, value) -> assertEquals(value.longValue(), node.get(field).asLong(), field + " in " + node));
    }

    private static List<String> bands(JsonNode evidence) {
        List<String> bands = new ArrayList<>();
        evidence.get("comparison").get("bands").forEach(b -> bands.add(b.get("band").asText()));
        return bands;
    }

    private static long scoredCampaign(String token) throws Exception {
        JsonNode rows = JSON.readTree(Tokens.get("/api/campaigns?status=DONE", token).body()).get("rows");
        for (JsonNode row : rows) {
            if ("Campagne notée".equals(row.get("subject").asText())) {
                return row.get("id").asLong();
            }
        }
        throw new AssertionError("no scored campaign in " + rows);
    }

    private static JsonNode bilan(String token, long campaign) throws Exception {
        HttpResponse<String> r = Tokens.get("/api/campaigns/" + campaign + "/bilan", token);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode dashboard(String token) throws Exception {
        HttpResponse<String> r = Tokens.get("/api/dashboard", token);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static String token(String email) throws Exception {
        return Tokens.accessToken(email, PASSWORD);
    }
}
