package io.relance.application.sequence;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactService;
import io.relance.application.journee.QueueItem;
import io.relance.application.preference.PreferenceSweep;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.application.preference.PreferencesKey;
import io.relance.it.Deployments;
import io.relance.it.Drain;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.TenantSql;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A journalist's own preferences, honoured by every agency: Zoé is called today by two agencies
 * (Aigle and Buse, which know nothing of each other). On the public page she asks for a link, reads
 * it from the page's outbox, ticks "no calls": within a poll of the engine both agencies' calls to
 * her are gone, their sequences closed as "Préférence du journaliste", and nothing either agency
 * reads names the other. Known and unknown addresses get the same answer; an expired or used link
 * is refused; the page is rate-limited.
 */
@ExtendWith(ArquillianExtension.class)
class PreferencePageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(PreferencePageIT.class, MondayLaunch.class, Deployments.class, TenantSql.class, RunAsChef.class,
                InTenant.class, Drain.class);
    }

    @Inject
    MondayLaunch monday;

    @Inject
    TenantSql db;

    @Inject
    RunAsChef chef;

    @Inject
    ContactService contacts;

    @Inject
    CampaignService campaigns;

    @Inject
    TargetingService targeting;

    @Inject
    PreferencesKey keys;

    @Inject
    io.relance.application.journee.CallQueue queue;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    String aigle;
    String buse;
    long leaAigle;
    long leaBuse;
    String zoeEmail;

    @BeforeEach
    void twoAgenciesCallZoeToday() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        zoeEmail = "Zoe." + id + "@Presse.test"; // as one agency typed it: the page normalises
        aigle = "pa-" + id;
        buse = "pb-" + id;
        leaAigle = agency(aigle, "Agence Aigle " + id, zoeEmail);
        leaBuse = agency(buse, "Agence Buse " + id, zoeEmail.toLowerCase());
        monday.launch(aigle, leaAigle, "Salon Aigle", false);
        monday.launch(buse, leaBuse, "Lancement Buse", false);
        monday.drainAt(aigle, MondayLaunch.TUESDAY);
        monday.drainAt(buse, MondayLaunch.TUESDAY);
        assertTrue(calledToday(aigle, leaAigle, "Zoé") && calledToday(buse, leaBuse, "Zoé"), "both agencies call Zoé today");
        // the engine's poll keys every contact written (the keyed hash of her email, the same in both agencies)
        await(() -> keyed(aigle) && keyed(buse), "her contacts are keyed");
        db.use(aigle).sqlNow("DELETE FROM preference_rate"); // the tests all come from 127.0.0.1
    }

    @AfterEach
    void clockBack() {
        monday.clockBack();
    }

    @Test
    void noCallsOnThePageStopsEveryAgencyWithinOnePollAndTellsNeitherAboutTheOther() throws Exception {
        HttpResponse<String> asked = post("email=" + enc(" " + zoeEmail.toUpperCase() + " "));
        assertEquals(200, asked.statusCode());
        String token = linkFor(zoeEmail);
        HttpResponse<String> opened = get("preferences?t=" + token);
        assertEquals(200, opened.statusCode());
        assertTrue(opened.body().contains("id=\"noCalls\""), opened.body());

        HttpResponse<String> saved = post("t=" + token + "&noCalls=on&topics=" + enc("Mode, luxe"));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("data-state=\"saved\""), saved.body());

        // the engine polls every 2 s: one poll (and the time to read the days) is all it takes
        await(() -> !calledToday(aigle, leaAigle, "Zoé") && !calledToday(buse, leaBuse, "Zoé")
                && closed(aigle) && closed(buse), "Zoé's calls are gone and her sequences closed in both agencies");
        assertTrue(calledToday(aigle, leaAigle, "Marc") && calledToday(buse, leaBuse, "Marc"), "Marc is still called by both");
        for (String agency : List.of(aigle, buse)) {
            db.use(agency);
            assertEquals(0L, db.count("SELECT COUNT(*) FROM enrolment e JOIN contact c ON c.id = e.contact_id WHERE e.tenant_id = ?1 "
                    + "AND c.first_name = 'Zoé' AND e.status IN ('SCHEDULED','ACTIVE','CALLBACK')"), "her sequence is closed");
            assertEquals(PreferenceSweep.REASON, db.text("SELECT MAX(e.closed_reason) FROM enrolment e JOIN contact c ON c.id = e.contact_id "
                    + "WHERE e.tenant_id = ?1 AND c.first_name = 'Zoé'"));
            assertEquals(0L, db.count("SELECT COUNT(*) FROM sms_outbox m JOIN enrolment e ON e.id = m.enrolment_id JOIN contact c "
                    + "ON c.id = e.contact_id WHERE m.tenant_id = ?1 AND c.first_name = 'Zoé' AND m.status = 'PENDING'"), "no SMS for her");
        }

        // neither agency learns anything of the other: not its name, not its campaign, not its calls
        for (String[] pair : new String[][]{{aigle, buse, "Buse", "Lancement"}, {buse, aigle, "Aigle", "Salon"}}) {
            long zoe = db.use(pair[0]).count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
            String seen = InTenant.run(pair[0], () -> chef.call(() -> contacts.card(zoe).toString() + contacts.personalData(zoe)));
            for (String secret : new String[]{pair[1], pair[2], pair[3]}) {
                assertFalse(seen.contains(secret), "agency " + pair[0] + " reads nothing of the other (" + secret + "): " + seen);
            }
        }
        // nor does the platform keep her address: only the keyed hash
        String key = keys.key().orElseThrow().email(zoeEmail).orElseThrow();
        assertEquals(1L, db.count("SELECT COUNT(*) FROM journalist_preference WHERE ?1 IS NOT NULL AND no_calls = TRUE AND person_key = '"
                + key + "'"));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM journalist_preference WHERE ?1 IS NOT NULL AND (person_key LIKE '%zoe%' "
                + "OR topics LIKE '%@%')"));

        // a new campaign of either agency leaves her out, with the reason and nothing more
        long draft = InTenant.run(aigle, () -> chef.call(() -> {
            long c = campaigns.create(new CampaignDraft(campaigns.createClient("Marque 2"), CampaignKind.PRESS_RELEASE,
                    "Deuxième", null, null, LocalDate.of(2026, 11, 30), null, null, null, null));
            targeting.addFiltered(c, ContactQuery.all());
            return c;
        }));
        Map<String, Long> excluded = InTenant.run(aigle, () -> chef.call(() -> targeting.summary(draft).excluded()));
        assertEquals(1L, excluded.get("PREFERENCE"), "Zoé is left out as « préférence du journaliste »: " + excluded);

        // the link served once
        HttpResponse<String> again = post("t=" + token + "&oneCall=on");
        assertEquals(410, again.statusCode());
        assertTrue(again.body().contains("déjà servi"), again.body());
    }

    @Test
    void aWeeklyCapCountsTheCallsOfEveryAgencyTogether() throws Exception {
        post("email=" + enc(zoeEmail));
        HttpResponse<String> saved = post("t=" + linkFor(zoeEmail) + "&weeklyCap=1");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(calledToday(aigle, leaAigle, "Zoé") && calledToday(buse, leaBuse, "Zoé"), "one call a week: both may still call");

        long zoeBuse = db.use(buse).count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        long busesCard = monday.day(buse, leaBuse).calls().stream().filter(c -> c.contactId() == zoeBuse && c.isOpen())
                .findFirst().orElseThrow().taskId();
        // Aigle calls her once (no answer): her one call of the week is made
        long zoeAigle = db.use(aigle).count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        long task = monday.day(aigle, leaAigle).calls().stream().filter(c -> c.contactId() == zoeAigle && c.isOpen())
                .findFirst().orElseThrow().taskId();
        InTenant.run(aigle, () -> chef.call(() -> queue.log(task, io.relance.domain.sequence.Outcome.NO_ANSWER, null)));

        assertFalse(calledToday(buse, leaBuse, "Zoé"), "Buse does not call her again this week, without learning why beyond her preference");
        assertFalse(calledToday(aigle, leaAigle, "Zoé"), "nor does Aigle");
        assertTrue(calledToday(buse, leaBuse, "Marc"), "Marc, who asked nothing, is called as before");
        io.relance.application.common.Refused stale = org.junit.jupiter.api.Assertions.assertThrows(io.relance.application.common.Refused.class,
                () -> InTenant.run(buse, () -> chef.call(() -> queue.card(busesCard))));
        assertEquals("call.saidNo", stale.problems().get(0).key(), "a card Buse had open refuses too");
        assertEquals(1L, db.use(buse).count("SELECT COUNT(*) FROM enrolment e JOIN contact c ON c.id = e.contact_id WHERE e.tenant_id = ?1 "
                + "AND c.first_name = 'Zoé' AND e.status IN ('SCHEDULED','ACTIVE','CALLBACK')"), "a cap pauses her calls, it ends nothing");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM attempt WHERE tenant_id = ?1"), "Buse's own records hold no call of Aigle's");
    }

    @Test
    void oneCallPerReleaseCutsRunningSequencesToTheCallTheyHadOrTheirNextOne() throws Exception {
        // Aigle has already called her once today (no answer); Buse has not
        long zoeAigle = db.use(aigle).count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        long task = monday.day(aigle, leaAigle).calls().stream().filter(c -> c.contactId() == zoeAigle && c.isOpen())
                .findFirst().orElseThrow().taskId();
        InTenant.run(aigle, () -> chef.call(() -> queue.log(task, io.relance.domain.sequence.Outcome.NO_ANSWER, null)));
        long zoeBuse = db.use(buse).count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        assertEquals(3, monday.day(buse, leaBuse).calls().stream().filter(c -> c.contactId() == zoeBuse).count(), "three slots today");

        post("email=" + enc(zoeEmail));
        HttpResponse<String> saved = post("t=" + linkFor(zoeEmail) + "&oneCall=on");
        assertEquals(200, saved.statusCode(), saved.body());

        await(() -> closed(aigle), "Aigle had its one call: its sequence ends");
        assertEquals(PreferenceSweep.REASON, db.use(aigle).text("SELECT closed_reason FROM enrolment WHERE tenant_id = ?1 "
                + "AND contact_id = " + zoeAigle));
        await(() -> monday.day(buse, leaBuse).calls().stream().filter(c -> c.contactId() == zoeBuse).count() == 1,
                "Buse keeps only its next call to her");
        assertEquals("1", db.use(buse).text("SELECT max_attempts FROM enrolment WHERE tenant_id = ?1 AND contact_id = " + zoeBuse));
        assertTrue(calledToday(buse, leaBuse, "Marc") && monday.day(buse, leaBuse).calls().stream()
                .filter(c -> c.contactId() != zoeBuse).count() == 3, "Marc keeps his three calls");
    }

    @Test
    void knownAndUnknownAddressesGetTheSameAnswer() throws Exception {
        HttpResponse<String> known = post("email=" + enc(zoeEmail));
        HttpResponse<String> unknown = post("email=" + enc("nobody." + UUID.randomUUID().toString().substring(0, 8) + "@presse.test"));
        assertEquals(200, known.statusCode());
        assertEquals(known.statusCode(), unknown.statusCode());
        assertEquals(known.body(), unknown.body(), "the same page, word for word");
        assertTrue(known.body().contains("data-state=\"sent\""), known.body());
    }

    @Test
    void anExpiredOrUnknownLinkIsRefusedClearly() throws Exception {
        post("email=" + enc(zoeEmail));
        String token = linkFor(zoeEmail);
        monday.at(MondayLaunch.TUESDAY.plus(Duration.ofMinutes(31)));
        HttpResponse<String> late = get("preferences?t=" + token);
        assertEquals(410, late.statusCode());
        assertTrue(late.body().contains("a expiré"), late.body());
        HttpResponse<String> lateSave = post("t=" + token + "&noCalls=on");
        assertEquals(410, lateSave.statusCode());
        String key = keys.key().orElseThrow().email(zoeEmail).orElseThrow();
        assertEquals(0L, db.count("SELECT COUNT(*) FROM journalist_preference WHERE ?1 IS NOT NULL AND person_key = '" + key + "'"));
        assertEquals(404, get("preferences?t=" + "x".repeat(43)).statusCode());
        assertTrue(calledToday(aigle, leaAigle, "Zoé"), "nothing changed for her");
    }

    @Test
    void theRateLimitAnswers429WithAClearMessage() throws Exception {
        String someone = "flood." + UUID.randomUUID().toString().substring(0, 8) + "@presse.test";
        for (int i = 0; i < 3; i++) {
            assertEquals(200, post("email=" + enc(someone)).statusCode());
        }
        HttpResponse<String> limited = post("email=" + enc(someone));
        assertEquals(429, limited.statusCode());
        assertTrue(limited.body().contains("Trop de demandes"), limited.body());
        HttpResponse<String> english = post("email=" + enc(someone), "en");
        assertEquals(429, english.statusCode());
        assertTrue(english.body().contains("Too many requests"), english.body());
    }

    @Test
    void theDemoAgencySeesAJournalistsPreferenceWhenTargetingItsDraft() throws Exception {
        long draft = db.use("agence-demo").count("SELECT id FROM campaign WHERE tenant_id = ?1 AND subject LIKE 'Nova%'");
        Map<String, Long> excluded = InTenant.run("agence-demo", () -> chef.call(() -> targeting.summary(draft).excluded()));
        assertEquals(1L, excluded.get("PREFERENCE"), "Pierre Garnier (AFP) asked every agency for email only: " + excluded);
        assertEquals(0L, db.count("SELECT COUNT(*) FROM enrolment e JOIN contact c ON c.id = e.contact_id WHERE e.tenant_id = ?1 "
                + "AND c.last_name = 'Garnier' AND e.status IN ('SCHEDULED','ACTIVE','CALLBACK')"), "no sequence of his runs");
    }

    private long agency(String tenant, String name, String email) throws Exception {
        return monday.agency(tenant, name, "lea@x.fr",
                "INSERT INTO contact (tenant_id, first_name, last_name, mobile, email, created_at, updated_at) VALUES "
                        + "(?1, 'Zoé', 'Alpha', '+33611111111', '" + email + "', NOW(3), NOW(3)), "
                        + "(?1, 'Marc', 'Bravo', '+33622222222', 'marc@" + tenant + ".test', NOW(3), NOW(3))");
    }

    private boolean closed(String tenant) {
        return db.use(tenant).count("SELECT COUNT(*) FROM enrolment e JOIN contact c ON c.id = e.contact_id WHERE e.tenant_id = ?1 "
                + "AND c.first_name = 'Zoé' AND e.status IN ('SCHEDULED','ACTIVE','CALLBACK')") == 0;
    }

    private boolean keyed(String tenant) {
        return db.use(tenant).count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND keys_done = TRUE AND email_key IS NOT NULL") == 2;
    }

    private boolean calledToday(String tenant, long lea, String firstName) {
        long id = db.use(tenant).count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = '" + firstName + "'");
        return monday.day(tenant, lea).calls().stream().map(QueueItem::contactId).anyMatch(c -> c == id);
    }

    /** The link the page's outbox holds for this address (nobody listens on the tests' SMTP port: it stays). */
    private String linkFor(String email) {
        return db.text("SELECT link_token FROM preference_mail WHERE ?1 IS NOT NULL AND to_email = '" + email.strip().toLowerCase()
                + "' ORDER BY id DESC LIMIT 1");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(appUrl() + "/" + path)).header("Accept-Language", "fr").GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String form) throws Exception {
        return post(form, "fr");
    }

    private HttpResponse<String> post(String form, String lang) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(appUrl() + "/preferences?lang=" + lang))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** In the server, the app's address is its public URL (the tests' port). */
    private static String appUrl() {
        String url = System.getenv("RELANCE_PUBLIC_URL");
        return url == null ? Deployments.appUrl() : url.replaceAll("/+$", "");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(6).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError(what + " (waited 6 s: three polls of the engine)");
            }
            Thread.sleep(200);
        }
    }
}
