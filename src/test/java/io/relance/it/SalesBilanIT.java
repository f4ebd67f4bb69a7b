package io.relance.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.relance.it.Agencies.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sales bilan of a commercial offer, over the API: an agency signs up and creates its campaign
 * (client side), its prospects' cards, meetings and quotes/proposals are written in the database
 * (in the server: the services that write them are built apart), then the bilan counts them, in
 * JSON and in its CSV and workbook; outcomes recorded and meetings held or cancelled move it; a
 * stagiaire is refused, another agency finds none of it and changes nothing; the agency's meeting
 * duration, once set, prices the meetings avoided.
 *
 * <p>The prospects: Alpha high (meeting booked, past), Bravo high, overridden from medium (meeting
 * booked, in 3 days), Charlie medium (a proposal sent, one failed), Delta medium (a proposal in
 * the outbox, its meeting cancelled), Echo low, overridden from medium (a quote sent), Foxtrot low
 * (a quote in the outbox, one failed, a meeting held, won), Golf medium (meeting booked, in 3 days).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SalesBilanIT {

    static final String PREFIX = "ventes-";
    static final String PASSWORD = "Ventes2026x";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PEOPLE = List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf");

    /** Client side only (the client JVM keeps them from one test to the next). */
    static String owner;
    static String other;
    static long campaign;

    @Inject
    SalesFixture sales;

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(SalesBilanIT.class, SalesFixture.class, TenantSql.class, InTenant.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void anAgencyCreatesItsCommercialOfferAndNobodyIsQualifiedYet() throws Exception {
        String slug = Agencies.slug(PREFIX.substring(0, PREFIX.length() - 1));
        owner = Agencies.signUp(slug, PASSWORD);
        other = Agencies.signUp(Agencies.slug("achats"), PASSWORD);
        String token = token(owner);
        long client = id(Tokens.postJson("/api/clients", token, "{\"name\":\"Atelier Nord\"}").body());
        campaign = id(Tokens.postJson("/api/campaigns", token, "{\"clientId\":" + client + ",\"kind\":\"COMMERCIAL_OFFER\","
                + "\"subject\":\"Offre de printemps\",\"sendDate\":\"" + LocalDate.now() + "\"}").body());
        for (String name : PEOPLE) {
            HttpResponse<String> added = Tokens.postJson("/api/contacts", token, "{\"firstName\":\"Prénom\",\"lastName\":\"" + name
                    + "\",\"outletName\":\"Société " + name + "\",\"email\":\"" + name.toLowerCase() + "@" + slug + ".example\"}");
            assertEquals(201, added.statusCode(), added.body());
        }
        JsonNode none = prospects(token, "");
        assertEquals(0, none.get("total").asLong());
        JsonNode sales = sales(token);
        assertEquals(0, sales.get("qualified").asLong(), sales.toString());
        assertEquals(150, sales.get("meetingMinutes").asLong(), "the default duration, travel included");
        assertEquals(0, sales.get("minutesSaved").asLong());
    }

    /** In the server: the cards, meetings and sales emails the qualification services will write. */
    @Test
    @Order(2)
    void theCallersQualifiedSevenProspects() throws Exception {
        String tenant = sales.agency(PREFIX);
        sales.enrolEveryone(tenant);
        sales.card("Alpha", "HIGH", "HIGH", null, null);
        sales.card("Bravo", "MEDIUM", "HIGH", "Budget voté en conseil", null);
        sales.card("Charlie", "MEDIUM", "MEDIUM", null, null);
        sales.card("Delta", "MEDIUM", "MEDIUM", null, null);
        sales.card("Echo", "MEDIUM", "LOW", "Pas de besoin réel", null);
        sales.card("Foxtrot", "LOW", "LOW", null, "WON");
        sales.card("Golf", "MEDIUM", "MEDIUM", null, null);
        sales.meeting("Alpha", "NOW(3) - INTERVAL 1 DAY", "BOOKED");
        sales.meeting("Bravo", "NOW(3) + INTERVAL 3 DAY", "BOOKED");
        sales.meeting("Delta", "NOW(3) - INTERVAL 2 DAY", "CANCELLED");
        sales.meeting("Foxtrot", "NOW(3) - INTERVAL 2 DAY", "HELD");
        sales.meeting("Golf", "NOW(3) + INTERVAL 3 DAY", "BOOKED");
        sales.email("Charlie", "PROPOSAL", "SENT", 1);
        sales.email("Charlie", "PROPOSAL", "FAILED", 2);
        sales.email("Delta", "PROPOSAL", "OUTBOX", 1);
        sales.email("Echo", "QUOTE", "SENT", 1);
        sales.email("Foxtrot", "QUOTE", "OUTBOX", 1);
        sales.email("Foxtrot", "QUOTE", "FAILED", 2);
        sales.email("Alpha", "RELEASE", "SENT", 1); // not a sales document
        assertEquals(7, sales.db().count("SELECT COUNT(*) FROM qualification WHERE tenant_id = ?1"));
        assertEquals(5, sales.db().count("SELECT COUNT(*) FROM meeting WHERE tenant_id = ?1"));
    }

    @Test
    @Order(3)
    @RunAsClient
    void theBilanCountsPrioritiesDocumentsMeetingsAndTheTimeSaved() throws Exception {
        String token = token(owner);
        JsonNode s = sales(token);
        expect(s, Map.of("qualified", 7L, "high", 2L, "medium", 3L, "low", 2L, "overridden", 2L, "quotesSent", 2L, "proposalsSent", 2L));
        // booked and not cancelled: Alpha, Bravo, Golf (booked), Foxtrot (held); avoided: Charlie, Delta (cancelled), Echo
        expect(s, Map.of("meetingsBooked", 4L, "meetingsHeld", 1L, "meetingsCancelled", 1L, "meetingsAvoided", 3L,
                "meetingMinutes", 150L, "minutesSaved", 450L));
        expect(s, Map.of("won", 1L, "lost", 0L, "noAnswer", 0L, "notRecorded", 6L));

        Map<String, String> csv = csvFigures(token);
        assertEquals("7", csv.get("Prospects qualifiés"));
        assertEquals("3", csv.get("Rendez-vous évités"));
        assertEquals("7 h 30 min", csv.get("Temps gagné"));
        assertEquals("2", csv.get("Devis envoyés"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Tokens.download(bilan() + ".xlsx", token).body()))) {
            Sheet sheet = wb.getSheet("Prospects qualifiés");
            assertNotNull(sheet, "the workbook has the prospects' sheet");
            assertEquals(3, number(sheet, "Rendez-vous évités"));
            assertEquals(450, number(sheet, "Temps gagné (minutes)"));
            assertEquals(2, number(sheet, "Propositions envoyées"));
        }

        JsonNode all = prospects(token, "");
        assertEquals(7, all.get("total").asLong());
        List<String> order = names(all);
        assertEquals(List.of("Alpha", "Bravo"), order.subList(0, 2), "high priority first: " + order);
        JsonNode bravo = row(all, "Bravo");
        assertTrue(bravo.get("overridden").asBoolean());
        assertEquals("MEDIUM", bravo.get("rulesPriority").asText());
        assertEquals("Budget voté en conseil", bravo.get("overrideReason").asText());
        assertEquals("BOOKED", bravo.get("meeting").get("status").asText());
        assertEquals("Société Bravo", bravo.get("company").asText());
        JsonNode charlie = row(all, "Charlie");
        assertEquals(1, charlie.get("proposals").asLong(), "the failed proposal was not sent");
        assertEquals(0, charlie.get("quotes").asLong());
        assertFalse(charlie.has("meeting") && !charlie.get("meeting").isNull(), "no meeting");
        assertEquals("CANCELLED", row(all, "Delta").get("meeting").get("status").asText());
        JsonNode low = prospects(token, "?priority=low");
        assertEquals(2, low.get("total").asLong());
        assertEquals(List.of("Echo", "Foxtrot"), names(low));
        assertEquals("WON", row(low, "Foxtrot").get("outcome").asText());
        assertEquals(1, prospects(token, "?priority=HIGH&first=1&size=1").get("rows").size(), "paged");
        assertEquals(400, Tokens.get("/api/campaigns/" + campaign + "/prospects?priority=URGENT", token).statusCode());
    }

    @Test
    @Order(4)
    @RunAsClient
    void outcomesAndTheEndOfMeetingsMoveTheBilan() throws Exception {
        String token = token(owner);
        JsonNode all = prospects(token, "");
        long alpha = row(all, "Alpha").get("qualificationId").asLong();
        assertEquals(204, outcome(alpha, token, "{\"outcome\":\"WON\"}").statusCode());
        JsonNode recorded = row(prospects(token, ""), "Alpha");
        assertEquals("WON", recorded.get("outcome").asText());
        assertEquals("Dana Vidal", recorded.get("outcomeBy").asText(), "who recorded it, by name");
        assertTrue(recorded.hasNonNull("outcomeAt"));
        assertEquals(204, outcome(alpha, token, "{\"outcome\":\"lost\"}").statusCode(), "changeable, any case");
        assertEquals(204, outcome(row(all, "Charlie").get("qualificationId").asLong(), token, "{\"outcome\":\"LOST\"}").statusCode());
        long delta = row(all, "Delta").get("qualificationId").asLong();
        assertEquals(204, outcome(delta, token, "{\"outcome\":\"NO_ANSWER\"}").statusCode());
        assertEquals(204, outcome(delta, token, "{\"outcome\":null}").statusCode(), "null clears it");
        assertFalse(row(prospects(token, ""), "Delta").hasNonNull("outcomeAt"), "cleared: no author, no date");
        HttpResponse<String> invalid = outcome(alpha, token, "{\"outcome\":\"MAYBE\"}");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("WON, LOST, NO_ANSWER"), "the values accepted: " + invalid.body());

        long alphaMeeting = row(all, "Alpha").get("meeting").get("id").asLong();
        long bravoMeeting = row(all, "Bravo").get("meeting").get("id").asLong();
        long golfMeeting = row(all, "Golf").get("meeting").get("id").asLong();
        assertEquals(204, Tokens.postJson("/api/meetings/" + alphaMeeting + "/held", token, "").statusCode());
        assertEquals(204, Tokens.postJson("/api/meetings/" + alphaMeeting + "/held", token, "").statusCode(), "twice is once");
        HttpResponse<String> early = Tokens.postJson("/api/meetings/" + bravoMeeting + "/held", token, "");
        assertEquals(422, early.statusCode(), "a meeting in three days has not been held");
        assertTrue(early.body().contains("sales.prospects.meeting.notYet"), early.body());
        assertEquals(204, Tokens.postJson("/api/meetings/" + golfMeeting + "/cancelled", token, "").statusCode());
        assertEquals(422, Tokens.postJson("/api/meetings/" + golfMeeting + "/held", token, "").statusCode(), "cancelled stays cancelled");
        assertEquals(422, Tokens.postJson("/api/meetings/" + alphaMeeting + "/cancelled", token, "").statusCode(), "held stays held");

        // Golf (medium) lost its meeting: one more avoided; Bravo (high) keeps its booked one
        JsonNode s = sales(token);
        expect(s, Map.of("meetingsBooked", 3L, "meetingsHeld", 2L, "meetingsCancelled", 2L, "meetingsAvoided", 4L, "minutesSaved", 600L));
        expect(s, Map.of("won", 1L, "lost", 2L, "noAnswer", 0L, "notRecorded", 4L));
        assertEquals("HELD", row(prospects(token, ""), "Alpha").get("meeting").get("status").asText());
    }

    @Test
    @Order(5)
    @RunAsClient
    void aStagiaireIsRefusedAndAnotherAgencyReachesNothing() throws Exception {
        String token = token(owner);
        String before = sales(token).toString();
        JsonNode all = prospects(token, "");
        long bravo = row(all, "Bravo").get("qualificationId").asLong();
        long bravoMeeting = row(all, "Bravo").get("meeting").get("id").asLong();

        String stagiaire = Tokens.accessToken("stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        assertEquals(403, Tokens.get("/api/campaigns/" + campaign + "/prospects", stagiaire).statusCode());
        assertEquals(403, outcome(bravo, stagiaire, "{\"outcome\":\"WON\"}").statusCode());
        assertEquals(403, Tokens.postJson("/api/meetings/" + bravoMeeting + "/cancelled", stagiaire, "").statusCode());

        String intruder = token(other);
        assertEquals(404, Tokens.get("/api/campaigns/" + campaign + "/prospects", intruder).statusCode());
        assertEquals(404, Tokens.get(bilan(), intruder).statusCode());
        assertEquals(404, Tokens.download(bilan() + ".csv", intruder).statusCode());
        assertEquals(404, outcome(bravo, intruder, "{\"outcome\":\"WON\"}").statusCode());
        assertEquals(404, outcome(bravo, intruder, "{\"outcome\":null}").statusCode());
        assertEquals(404, Tokens.postJson("/api/meetings/" + bravoMeeting + "/cancelled", intruder, "").statusCode());
        assertEquals(404, Tokens.postJson("/api/meetings/" + bravoMeeting + "/held", intruder, "").statusCode());

        long client = id(Tokens.postJson("/api/clients", intruder, "{\"name\":\"Voisin\"}").body());
        long own = id(Tokens.postJson("/api/campaigns", intruder, "{\"clientId\":" + client + ",\"kind\":\"COMMERCIAL_OFFER\","
                + "\"subject\":\"Offre voisine\",\"sendDate\":\"" + LocalDate.now() + "\"}").body());
        assertEquals(0, JSON.readTree(Tokens.get("/api/campaigns/" + own + "/prospects", intruder).body()).get("total").asLong(),
                "its own campaign lists none of the other agency's prospects");
        assertEquals(0, JSON.readTree(Tokens.get("/api/campaigns/" + own + "/bilan", intruder).body()).get("sales").get("qualified").asLong());

        assertEquals(before, sales(token).toString(), "the owner's numbers did not move");
        JsonNode after = row(prospects(token, ""), "Bravo");
        assertFalse(after.hasNonNull("outcome"));
        assertEquals("BOOKED", after.get("meeting").get("status").asText());
    }

    /** In the server: the directeur's setting (the rules page that writes it is built apart). */
    @Test
    @Order(6)
    void theAgencySetsItsMeetingDuration() throws Exception {
        sales.use(sales.agency(PREFIX)).meetingMinutes(90);
    }

    @Test
    @Order(7)
    @RunAsClient
    void theTimeSavedFollowsTheSetting() throws Exception {
        String token = token(owner);
        JsonNode s = sales(token);
        expect(s, Map.of("meetingMinutes", 90L, "meetingsAvoided", 4L, "minutesSaved", 360L));
        assertEquals("6 h 00 min", csvFigures(token).get("Temps gagné"));
        assertEquals(150, JSON.readTree(Tokens.get("/api/campaigns/" + JSON.readTree(Tokens.get("/api/campaigns?size=1",
                token(other)).body()).get("rows").get(0).get("id").asLong() + "/bilan", token(other)).body())
                .get("sales").get("meetingMinutes").asLong(), "another agency keeps the default");
    }

    /** The pages, read with the same bearer token as the API (no browser here): the bilan's section, the prospects' table. */
    @Test
    @Order(8)
    @RunAsClient
    void thePagesShowTheSalesBilanAndTheProspects() throws Exception {
        String token = token(owner);
        HttpResponse<String> bilan = Tokens.get("/app/campagnes/bilan.xhtml?id=" + campaign, token);
        assertEquals(200, bilan.statusCode(), bilan.body());
        String text = WebSession.text(bilan);
        for (String expected : new String[]{"Prospects qualifiés (offre commerciale)", "Rendez-vous évités", "6 h 00 min",
                "Temps gagné = rendez-vous évités × 90 minutes", "Suivre les prospects"}) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        HttpResponse<String> page = Tokens.get("/app/campagnes/prospects.xhtml?id=" + campaign, token);
        assertEquals(200, page.statusCode(), page.body());
        String prospects = WebSession.text(page);
        for (String expected : new String[]{"Prénom Bravo", "Société Bravo", "modifiée", "Budget voté en conseil", "Dana Vidal",
                "7 prospects", "Annuler"}) {
            assertTrue(prospects.contains(expected), expected + " in " + prospects);
        }
        assertTrue(WebSession.text(Tokens.get("/app/campagnes/campaign.xhtml?id=" + campaign, token)).contains("Prospects qualifiés"),
                "the campaign page links to its prospects");
        assertEquals(404, Tokens.get("/app/campagnes/prospects.xhtml?id=" + campaign, token(other)).statusCode());
    }

    /** The page's row actions, posted as PrimeFaces posts them (ajax): an outcome chosen, a meeting cancelled. */
    @Test
    @Order(9)
    @RunAsClient
    void theChefRecordsAnOutcomeAndCancelsAMeetingOnThePage() throws Exception {
        String token = token(owner);
        FacesPage page = new FacesPage(token, "/app/campagnes/prospects.xhtml?id=" + campaign);
        // high first, then medium, then low, by name: Alpha 0, Bravo 1, Charlie 2, Delta 3, Golf 4, Echo 5, Foxtrot 6
        String echo = page.ajax("prospects", "prospects:rows:5:outcome", "valueChange", "prospects messages",
                Map.of("prospects:rows:5:outcome", "NO_ANSWER"));
        assertTrue(echo.contains("Issue enregistrée pour Prénom Echo."), echo);
        assertEquals("NO_ANSWER", row(prospects(token, ""), "Echo").get("outcome").asText());
        String bravo = page.ajax("prospects", "prospects:rows:1:cancel", null, "prospects messages",
                Map.of("prospects:rows:1:cancel", "prospects:rows:1:cancel"));
        assertTrue(bravo.contains("Rendez-vous avec Prénom Bravo annulé."), bravo);
        assertEquals("CANCELLED", row(prospects(token, ""), "Bravo").get("meeting").get("status").asText());
        expect(sales(token), Map.of("meetingsBooked", 2L, "meetingsCancelled", 3L, "noAnswer", 1L, "meetingsAvoided", 4L));
    }

    // --- on the client

    private static String token(String email) throws Exception {
        return Tokens.accessToken(email, PASSWORD);
    }

    private static String bilan() {
        return "/api/campaigns/" + campaign + "/bilan";
    }

    private static JsonNode sales(String token) throws Exception {
        HttpResponse<String> bilan = Tokens.get(bilan(), token);
        assertEquals(200, bilan.statusCode(), bilan.body());
        JsonNode sales = JSON.readTree(bilan.body()).get("sales");
        assertNotNull(sales, "a commercial offer's bilan has its sales part: " + bilan.body());
        return sales;
    }

    private static void expect(JsonNode sales, Map<String, Long> figures) {
        figures.forEach((field, n) -> assertEquals(n.longValue(), sales.get(field).asLong(), field + " in " + sales));
    }

    private static JsonNode prospects(String token, String query) throws Exception {
        HttpResponse<String> page = Tokens.get("/api/campaigns/" + campaign + "/prospects" + query, token);
        assertEquals(200, page.statusCode(), page.body());
        return JSON.readTree(page.body());
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new java.util.ArrayList<>();
        page.get("rows").forEach(r -> names.add(r.get("name").asText().replace("Prénom ", "")));
        return names;
    }

    private static JsonNode row(JsonNode page, String lastName) {
        for (JsonNode r : page.get("rows")) {
            if (r.get("name").asText().endsWith(" " + lastName)) {
                return r;
            }
        }
        throw new AssertionError(lastName + " not in " + page);
    }

    private static HttpResponse<String> outcome(long qualification, String token, String json) throws Exception {
        return Tokens.putJson("/api/qualifications/" + qualification + "/outcome", token, json);
    }

    /** The sales figures at the end of the bilan's CSV, label to value. */
    private static Map<String, String> csvFigures(String token) throws Exception {
        HttpResponse<byte[]> file = Tokens.download(bilan() + ".csv", token);
        assertEquals(200, file.statusCode());
        String text = new String(file.body(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> lines = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(text)).getRecords();
        Map<String, String> figures = new HashMap<>();
        lines.stream().filter(r -> r.size() == 2).forEach(r -> figures.put(r.get(0), r.get(1)));
        assertTrue(figures.containsKey("Indicateur"), "the sales figures' header: " + text);
        return figures;
    }

    private static long number(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                assertEquals(CellType.NUMERIC, row.getCell(1).getCellType(), label + " is a number");
                return Math.round(row.getCell(1).getNumericCellValue());
            }
        }
        throw new AssertionError(label + " not in " + sheet.getSheetName());
    }
}
