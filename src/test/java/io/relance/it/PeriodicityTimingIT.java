package io.relance.it;

import io.relance.application.common.AppClock;
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
import java.time.Clock;
import java.util.UUID;

import static io.relance.it.Agencies.id;
import static io.relance.it.Agencies.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Timing by periodicity on the real stack (issue 19): an agency signs up, types a daily, a weekly
 * closing on Thursday, a monthly closing on the 20th, a radio, and a radio journalist who gave their
 * own hours; a campaign sent on Monday 11 January 2027 is launched. Their call tasks fall on the
 * days and at the hours the defaults say. The directeur then changes the dailies' hours and the next
 * launch follows them; chefs and stagiaires cannot change them; a callback outside business hours is
 * refused through the API with the next possible time.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeriodicityTimingIT {

    static final String PREFIX = "timing-";
    static String token;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withFirstSlot(PeriodicityTimingIT.class);
    }

    @Inject
    TenantSql db;

    @Inject
    AppClock clock;

    @Test
    @Order(1)
    @RunAsClient
    void anAgencyLaunchesToEachKindOfMediumThenChangesTheDailiesHoursAndLaunchesAgain() throws Exception {
        token = Tokens.accessToken(Agencies.signUp(PREFIX + UUID.randomUUID().toString().substring(0, 6), ContactsIT.PASSWORD),
                ContactsIT.PASSWORD);
        outlet("Le Matin", "PRESSE_ECRITE", "QUOTIDIEN", null);
        outlet("L'Hebdo", "PRESSE_ECRITE", "HEBDOMADAIRE", "jeudi");
        outlet("Le Mois", "PRESSE_ECRITE", "MENSUEL", "20");
        outlet("Radio Ondes", "RADIO", "QUOTIDIEN", null);
        long daily = contact("Matin", "Le Matin", "0611000001", null);
        long weekly = contact("Hebdo", "L'Hebdo", "0611000002", null);
        long monthly = contact("Mois", "Le Mois", "0611000003", null);
        long radio = contact("Ondes", "Radio Ondes", "0611000004", null);
        long ownHours = contact("Antenne", "Radio Ondes", "0611000005", "10h-12h");
        launch("Rentrée", daily, weekly, monthly, radio, ownHours);

        HttpResponse<String> changed = Tokens.putJson("/api/policy/timing", token,
                "{\"media\":{\"QUOTIDIEN\":{\"hours\":\"08:00-09:30,14:00-18:00\"}}}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"QUOTIDIEN\":{\"hours\":\"08:00-09:30,14:00-18:00\",\"lead\":0,"
                + "\"presetSlots\":\"08:00-09:30,14:00-15:30,16:30-18:00\""), changed.body());
        launch("Soldes", contact("Aube", "Le Matin", "0611000006", null));

        HttpResponse<String> bad = Tokens.putJson("/api/policy/timing", token,
                "{\"media\":{\"TV\":{\"hours\":\"06:00-09:00\"},\"HEBDOMADAIRE\":{\"lead\":7},\"RADIO\":{\"hours\":\"midi\"}}}");
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("timing.hours.invalid"), bad.body());
        bad = Tokens.putJson("/api/policy/timing", token, "{\"media\":{\"TV\":{\"hours\":\"06:00-09:00\"},\"HEBDOMADAIRE\":{\"lead\":7}}}");
        assertEquals(422, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("timing.hours.bounds") && bad.body().contains("timing.lead.range"), bad.body());
        assertTrue(Tokens.get("/api/policy/timing", token).body().contains("\"TV\":{\"hours\":\"09:30-12:00,14:30-18:30\""),
                "nothing saved from a refused change");
    }

    /** In the server: each contact's call tasks, in Paris time (January: UTC+1). */
    @Test
    @Order(2)
    void theCallsFallOnTheDaysAndAtTheHoursOfEachMedium() throws Exception {
        String tenant = FirstSlot.latestAgency(db, PREFIX);
        db.use(tenant);
        assertEquals("01-12 09:30-11:00,01-12 14:00-15:30,01-12 16:30-18:00", firstDay(tenant, "Matin"),
                "a daily: its morning call ends before the editorial meeting");
        assertEquals("2027-01-12,2027-01-13,2027-01-14", days(tenant, "Matin"));
        assertEquals("2027-01-12,2027-01-15,2027-01-18", days(tenant, "Hebdo"),
                "a weekly closing on Thursday: neither Thursday nor Wednesday");
        assertEquals("01-12 09:30-11:30,01-12 14:00-15:30,01-12 16:30-18:00", firstDay(tenant, "Hebdo"));
        assertEquals("2027-01-21,2027-01-22,2027-01-25", days(tenant, "Mois"),
                "a monthly closing on the 20th: the 12th is too close, right after the closing instead");
        assertEquals("01-12 09:30-11:30,01-12 14:00-15:30,01-12 16:30-17:30", firstDay(tenant, "Ondes"),
                "a radio: the last call ends before the evening news");
        assertEquals("01-12 10:00-11:30", firstDay(tenant, "Antenne"),
                "the journalist's own 10h-12h within the radio's hours: one call a day");
        assertEquals("2027-01-12,2027-01-13,2027-01-14", days(tenant, "Antenne"));
        assertEquals("01-12 08:00-09:30,01-12 14:00-15:30,01-12 16:30-18:00", firstDay(tenant, "Aube"),
                "the directeur's new hours for dailies apply to the next launch");
        assertEquals("01-12 09:30-11:00,01-12 14:00-15:30,01-12 16:30-18:00", firstDay(tenant, "Matin"),
                "the running sequence keeps what it was planned with");
        assertEquals(1L, FirstSlot.open(db, clock, tenant, 1), "Aube's 08:00 call opens");
    }

    @Test
    @Order(3)
    @RunAsClient
    void aCallbackOutsideBusinessHoursIsRefusedWithTheNextPossibleTime() throws Exception {
        String day = Tokens.get("/api/journee", token).body();
        long task = number(day, "taskId");
        HttpResponse<String> saturday = Tokens.postJson("/api/journee/" + task + "/outcome", token,
                "{\"outcome\":\"LATER\",\"callbackAt\":\"2027-01-16T10:00:00Z\"}");
        assertEquals(422, saturday.statusCode(), saturday.body());
        assertTrue(saturday.body().contains("attempt.callback.outsideHours") && saturday.body().contains("2027-01-18T09:00+01:00"),
                "a Saturday: Monday 09:00 in the contact's zone is proposed: " + saturday.body());
        HttpResponse<String> evening = Tokens.postJson("/api/journee/" + task + "/outcome", token,
                "{\"outcome\":\"LATER\",\"callbackAt\":\"2027-01-12T19:00:00Z\"}");
        assertEquals(422, evening.statusCode(), evening.body());
        assertTrue(evening.body().contains("2027-01-13T09:00+01:00"), evening.body());
        HttpResponse<String> booked = Tokens.postJson("/api/journee/" + task + "/outcome", token,
                "{\"outcome\":\"LATER\",\"callbackAt\":\"2027-01-12T15:00:00Z\"}");
        assertEquals(200, booked.statusCode(), booked.body());
        assertTrue(booked.body().contains("CALLBACK"), booked.body());
    }

    @Test
    @Order(4)
    void theClockGoesBack() throws Exception {
        clock.use(Clock.systemUTC());
        String tenant = FirstSlot.latestAgency(db, PREFIX);
        assertEquals(1L, db.use(tenant).count("SELECT COUNT(*) FROM attempt WHERE tenant_id = ?1 AND outcome = 'LATER'"),
                "the two refused callbacks logged nothing");
    }

    @Test
    @Order(5)
    @RunAsClient
    void onlyTheDirecteurChangesTheHoursAndAnotherAgencysChangeIsNotSeen() throws Exception {
        String chef = Tokens.accessToken("chef@agence-demo.fr", RoleAccessIT.PASSWORD);
        String stagiaire = Tokens.accessToken("stagiaire@agence-demo.fr", RoleAccessIT.PASSWORD);
        String body = "{\"media\":{\"QUOTIDIEN\":{\"hours\":\"07:00-08:00\"}}}";
        assertEquals(403, Tokens.putJson("/api/policy/timing", chef, body).statusCode());
        assertEquals(403, Tokens.putJson("/api/policy/timing", stagiaire, body).statusCode());
        assertEquals(403, Tokens.delete("/api/policy/timing", chef).statusCode());
        assertEquals(403, Tokens.get("/api/policy/timing", stagiaire).statusCode());
        String read = Tokens.get("/api/policy/timing", chef).body();
        assertTrue(read.contains("\"QUOTIDIEN\":{\"hours\":\"08:30-11:00,14:00-18:00\""),
                "a chef reads the demo agency's hours, untouched by another agency's change: " + read);
        assertFalse(read.contains("08:00-09:30"));

        WebSession page = new WebSession();
        String table = WebSession.text(page.login(Deployments.appUrl() + "/app/agence/sequences.xhtml", "directeur@agence-demo.fr",
                RoleAccessIT.PASSWORD));
        assertTrue(table.contains("selon le média") && table.contains("Radio")
                && table.contains("09:30-11:00, 14:00-15:30, 16:30-18:00") && table.contains("Rétablir les valeurs par défaut"),
                "the directeur's table: each medium, the preset's slots in its hours, restore: " + table);
    }

    private static void outlet(String name, String type, String periodicity, String closing) throws Exception {
        HttpResponse<String> r = Tokens.postJson("/api/outlets", token, "{\"name\":\"" + name + "\",\"type\":\"" + type
                + "\",\"periodicity\":\"" + periodicity + "\"" + (closing == null ? "" : ",\"closingDay\":\"" + closing + "\"") + "}");
        assertEquals(201, r.statusCode(), r.body());
    }

    private static long contact(String name, String outlet, String mobile, String windows) throws Exception {
        HttpResponse<String> r = Tokens.postJson("/api/contacts", token, "{\"lastName\":\"" + name + "\",\"outletName\":\"" + outlet
                + "\",\"mobile\":\"" + mobile + "\"" + (windows == null ? "" : ",\"callWindows\":\"" + windows + "\"") + "}");
        assertEquals(201, r.statusCode(), r.body());
        return id(r.body());
    }

    private static void launch(String subject, long... contacts) throws Exception {
        long client = id(Tokens.postJson("/api/clients", token, "{\"name\":\"Marque " + subject + "\"}").body());
        HttpResponse<String> created = Tokens.postJson("/api/campaigns", token, "{\"clientId\":" + client
                + ",\"kind\":\"PRESS_RELEASE\",\"subject\":\"" + subject + "\",\"sendDate\":\"2027-01-11\"}");
        assertEquals(201, created.statusCode(), created.body());
        long campaign = id(created.body());
        StringBuilder ids = new StringBuilder();
        for (long c : contacts) {
            ids.append(ids.isEmpty() ? "" : ",").append(c);
        }
        assertEquals(200, Tokens.postJson("/api/campaigns/" + campaign + "/targets", token, "{\"ids\":[" + ids + "]}").statusCode());
        HttpResponse<String> launched = Tokens.postJson("/api/campaigns/" + campaign + "/launch", token, "");
        assertEquals(200, launched.statusCode(), launched.body());
        assertEquals(contacts.length, number(launched.body(), "enrolled"), launched.body());
    }

    private String firstDay(String tenant, String name) throws Exception {
        return db.text("SELECT GROUP_CONCAT(CONCAT(DATE_FORMAT(CONVERT_TZ(t.opens_at, '+00:00', '+01:00'), '%m-%d %H:%i'), '-', "
                + "DATE_FORMAT(CONVERT_TZ(t.closes_at, '+00:00', '+01:00'), '%H:%i')) ORDER BY t.opens_at) FROM call_task t "
                + "JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id JOIN contact c ON c.tenant_id = e.tenant_id "
                + "AND c.id = e.contact_id WHERE t.tenant_id = ?1 AND c.last_name = '" + name + "' AND DATE(CONVERT_TZ(t.opens_at, "
                + "'+00:00', '+01:00')) = (SELECT MIN(DATE(CONVERT_TZ(x.opens_at, '+00:00', '+01:00'))) FROM call_task x "
                + "WHERE x.tenant_id = t.tenant_id AND x.enrolment_id = t.enrolment_id)");
    }

    private String days(String tenant, String name) throws Exception {
        return db.text("SELECT GROUP_CONCAT(DISTINCT DATE(CONVERT_TZ(t.opens_at, '+00:00', '+01:00')) "
                + "ORDER BY DATE(CONVERT_TZ(t.opens_at, '+00:00', '+01:00'))) FROM call_task t "
                + "JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id JOIN contact c ON c.tenant_id = e.tenant_id "
                + "AND c.id = e.contact_id WHERE t.tenant_id = ?1 AND c.last_name = '" + name + "'");
    }
}
