package io.relance.application.sequence;

import io.relance.application.bilan.BilanService;
import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.HaltService;
import io.relance.application.common.Refused;
import io.relance.application.journee.QueueItem;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.campaign.Halt;
import io.relance.domain.sequence.BusinessCalendar;
import io.relance.it.Agencies;
import io.relance.it.Deployments;
import io.relance.it.Drain;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.TenantSql;
import io.relance.it.Tokens;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A launched campaign, or one person's sequence, paused, resumed and stopped (issue 15 §2), on the
 * real stack. Léa calls Zoé and Marc today in two campaigns ({@link SaidNoFixture}); the second one
 * ("Soirée presse") is paused, stopped or resumed, the first goes on alongside and shows that only
 * what was asked stops. Over the API: the roles, another agency's ids, and the refusals.
 */
@ExtendWith(ArquillianExtension.class)
class PauseResumeStopIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String PASSWORD = "Pause2026x";

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(PauseResumeStopIT.class, SaidNoFixture.class, MondayLaunch.class, TenantSql.class,
                RunAsChef.class, InTenant.class, Drain.class);
    }

    @Inject
    SaidNoFixture f;

    @Inject
    RunAsChef chef;

    @Inject
    HaltService halts;

    @Inject
    BilanService bilans;

    @Inject
    CampaignService campaigns;

    @AfterEach
    void clockBack() {
        if (f != null) {
            f.clockBack();
        }
    }

    @Test
    void aPausedCampaignCallsAndSendsNothingAcrossThePauseThenResumesItsRemainingAttemptsFromTheNextSlot() throws Exception {
        TenantSql db = f.launchTwoCampaigns();
        long soiree = campaign(db, "Soirée presse");
        assertTrue(calls(soiree).size() > 0, "Léa calls for the evening today");

        HaltService.Result paused = asChef(() -> halts.campaign(soiree, Halt.PAUSE, "  Embargo repoussé  "));
        assertEquals(2, paused.sequences());
        assertEquals("PAUSED", db.text("SELECT status FROM campaign WHERE tenant_id = ?1 AND id = " + soiree));
        assertEquals("Embargo repoussé", db.text("SELECT paused_reason FROM campaign WHERE tenant_id = ?1 AND id = " + soiree));
        assertFalse("null".equals(db.text("SELECT paused_by FROM campaign WHERE tenant_id = ?1 AND id = " + soiree)), "who paused");
        assertEquals(2L, db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND status = 'PAUSED' AND campaign_id = " + soiree));
        assertTrue(calls(soiree).isEmpty(), "nothing of the paused campaign in Léa's day");
        assertTrue(f.leasDay().stream().anyMatch(c -> c.campaignId() == campaign(db, "Collection d''hiver")), "the other campaign goes on");
        assertEquals(2L, sms(db, soiree, "'HELD'"), "its anchor SMS wait, held");
        assertEquals(0L, sms(db, soiree, "'PENDING','SENDING','SENT'"));
        assertEquals(2L, mails(db, soiree, "'HELD'"), "its release emails wait, held");
        assertEquals(0L, mails(db, soiree, "'PENDING','SENDING','SENT'"));

        // the engine runs across the rest of its three days: nothing is planned, sent, missed or closed
        f.drainAt(Instant.parse("2026-11-25T09:00:00Z"));
        assertTrue(calls(soiree).isEmpty(), "nothing on Wednesday");
        f.drainAt(Instant.parse("2026-11-26T17:30:00Z"));
        assertTrue(calls(soiree).isEmpty(), "nothing on Thursday");
        assertEquals(2L, db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND status = 'PAUSED' AND missed = 0 "
                + "AND campaign_id = " + soiree), "still paused, no slot counted as missed, not closed as non prioritaire");
        assertEquals(0L, sms(db, soiree, "'PENDING','SENDING','SENT'"), "no SMS left");
        assertEquals(0L, mails(db, soiree, "'PENDING','SENDING','SENT'"), "no email left");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND cooldown_until IS NOT NULL "
                + "AND id IN (" + f.zoe + ") AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.tenant_id = contact.tenant_id "
                + "AND e.contact_id = contact.id AND e.status = 'CLOSED_NON_PRIORITAIRE')"));

        // resumed on Friday 27 at 11:00 in Paris: nine attempts each from the next allowed slot
        Instant friday = Instant.parse("2026-11-27T10:00:00Z");
        f.monday.at(friday);
        assertEquals("halt.campaign.alreadyPaused", refusal(() -> halts.campaign(soiree, Halt.PAUSE, "encore")));
        HaltService.Result resumed = asChef(() -> halts.campaign(soiree, Halt.RESUME, "Embargo levé"));
        assertEquals(2, resumed.sequences());
        assertEquals("RUNNING", db.text("SELECT status FROM campaign WHERE tenant_id = ?1 AND id = " + soiree));
        assertEquals("Embargo levé", db.text("SELECT resumed_reason FROM campaign WHERE tenant_id = ?1 AND id = " + soiree));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM call_task t JOIN enrolment e ON e.id = t.enrolment_id WHERE t.tenant_id = ?1 "
                + "AND t.status = 'PAUSED' AND e.campaign_id = " + soiree), "the interrupted calls are replaced");
        List<Instant> planned = db.in(() -> ((List<?>) db.em().createNativeQuery("SELECT t.opens_at FROM call_task t "
                        + "JOIN enrolment e ON e.id = t.enrolment_id WHERE t.tenant_id = ?1 AND t.status IN ('PLANNED','OPEN') "
                        + "AND e.campaign_id = " + soiree + " ORDER BY t.opens_at").setParameter(1, f.tenant).getResultList())
                .stream().map(o -> o instanceof Timestamp t ? t.toInstant() : Timestamp.valueOf((java.time.LocalDateTime) o).toInstant()).toList());
        long perContact = planned.size() / 2;
        assertTrue(perContact >= 1 && perContact <= 9, "the remaining attempts, within the weekly cap: " + planned);
        assertEquals(friday, planned.get(0), "from the next allowed slot: Friday's morning slot, still open");
        BusinessCalendar calendar = BusinessCalendar.of("FR");
        for (Instant at : planned) {
            LocalDate day = at.atZone(PARIS).toLocalDate();
            assertFalse(day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY, "a business day: " + at);
            assertTrue(calendar.onOrAfter(day, d -> false).equals(day), "not a holiday: " + at);
            assertFalse(at.isBefore(friday));
        }
        f.drainAt(friday);
        List<QueueItem> today = f.leasDay().stream().filter(c -> c.campaignId() == soiree).toList();
        assertEquals(java.util.Set.of(f.zoe, f.marc), today.stream().map(QueueItem::contactId).collect(java.util.stream.Collectors.toSet()),
                "Léa calls Zoé and Marc for the evening again today");
        assertTrue(today.stream().anyMatch(QueueItem::isOpen), "from now: " + today);
        assertEquals(2L, sms(db, soiree, "'PENDING','SENDING'"), "the anchor SMS, written again before the first resumed call");
        assertEquals(2L, mails(db, soiree, "'PENDING','SENDING'"), "the emails are back in the queue");
        assertEquals("halt.campaign.notPaused", refusal(() -> halts.campaign(soiree, Halt.RESUME, "encore")));
    }

    @Test
    void aStoppedCampaignClosesEverySequenceAsStoppedWithWhoAndWhyAndItsBilanCountsThem() throws Exception {
        TenantSql db = f.launchTwoCampaigns();
        long soiree = campaign(db, "Soirée presse");
        asChef(() -> halts.campaign(soiree, Halt.PAUSE, "Le client hésite"));
        HaltService.Result stopped = asChef(() -> halts.campaign(soiree, Halt.STOP, "Événement annulé"));
        assertEquals(2, stopped.sequences());
        assertEquals("STOPPED", db.text("SELECT status FROM campaign WHERE tenant_id = ?1 AND id = " + soiree));
        assertEquals(2L, db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND status = 'CLOSED_STOPPED' "
                + "AND closed_reason = 'Événement annulé' AND closed_by IS NOT NULL AND closed_at IS NOT NULL AND campaign_id = " + soiree));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM call_task t JOIN enrolment e ON e.id = t.enrolment_id WHERE t.tenant_id = ?1 "
                + "AND t.status IN ('PLANNED','OPEN','PAUSED') AND e.campaign_id = " + soiree), "its calls are cancelled");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM due_step s JOIN enrolment e ON e.id = s.ref_id WHERE s.tenant_id = ?1 "
                + "AND s.kind IN ('DAY_END','SEQUENCE_END','SMS_DUE') AND s.status = 'PENDING' AND e.campaign_id = " + soiree));
        assertEquals(2L, sms(db, soiree, "'WITHDRAWN'"), "its SMS are withdrawn");
        assertEquals(2L, mails(db, soiree, "'WITHDRAWN'"), "its emails are withdrawn");
        assertTrue(calls(soiree).isEmpty());
        assertEquals(2L, sms(db, campaign(db, "Collection d''hiver"), "'PENDING','SENDING'"), "the other campaign's SMS still wait");

        var bilan = asChef(() -> bilans.of(soiree));
        assertEquals(2, bilan.total().getStopped(), "the bilan counts them as « arrêtées »");
        assertTrue(bilan.isFinal());
        assertEquals("Événement annulé", bilan.stop().reason());
        assertEquals("STOPPED", db.text("SELECT status FROM campaign WHERE tenant_id = ?1 AND id = " + soiree), "not turned into DONE");

        f.drainAt(Instant.parse("2026-11-26T17:30:00Z"));
        assertEquals(2L, db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND status = 'CLOSED_STOPPED' AND campaign_id = " + soiree));
        assertEquals("halt.campaign.over", refusal(() -> halts.campaign(soiree, Halt.RESUME, "Finalement si")));
        assertEquals("halt.campaign.over", refusal(() -> halts.campaign(soiree, Halt.STOP, "Encore")));
        long draft = asChef(() -> campaigns.create(new CampaignDraft(campaigns.createClient("Marque brouillon"), CampaignKind.PRESS_RELEASE,
                "Brouillon", null, null, LocalDate.of(2026, 12, 1), null, null, null, null)));
        assertEquals("halt.campaign.draft", refusal(() -> halts.campaign(draft, Halt.PAUSE, "Trop tôt")));
    }

    @Test
    void onePersonsSequenceIsPausedResumedAndStoppedAlone() throws Exception {
        TenantSql db = f.launchTwoCampaigns();
        long soiree = campaign(db, "Soirée presse");
        long zoe = db.count("SELECT id FROM enrolment WHERE tenant_id = ?1 AND campaign_id = " + soiree + " AND contact_id = " + f.zoe);

        assertEquals("halt.reason.required", refusal(() -> halts.enrolment(zoe, Halt.PAUSE, "  ")));
        assertEquals("halt.reason.tooLong", refusal(() -> halts.enrolment(zoe, Halt.PAUSE, "x".repeat(161))));
        assertEquals(1, asChef(() -> halts.enrolment(zoe, Halt.PAUSE, "En reportage cette semaine")).sequences());
        assertEquals("En reportage cette semaine", db.text("SELECT paused_reason FROM enrolment WHERE tenant_id = ?1 AND id = " + zoe));
        List<QueueItem> day = calls(soiree);
        assertTrue(day.stream().noneMatch(c -> c.contactId() == f.zoe), "Zoé is not called for the evening: " + day);
        assertTrue(day.stream().anyMatch(c -> c.contactId() == f.marc), "Marc still is");
        assertTrue(f.leasDay().stream().anyMatch(c -> c.contactId() == f.zoe && c.campaignId() == campaign(db, "Collection d''hiver")),
                "nor is she paused in the other campaign");
        assertEquals("halt.enrolment.alreadyPaused", refusal(() -> halts.enrolment(zoe, Halt.PAUSE, "encore")));
        assertEquals("halt.campaign.notPaused", refusal(() -> halts.campaign(soiree, Halt.RESUME, "rien")));

        f.drainAt(Instant.parse("2026-11-25T09:00:00Z"));
        assertTrue(calls(soiree).stream().noneMatch(c -> c.contactId() == f.zoe), "nor on Wednesday");
        // the campaign paused and resumed meanwhile: Zoé, paused on her own, stays paused
        assertEquals(1, asChef(() -> halts.campaign(soiree, Halt.PAUSE, "Le client relit")).sequences(), "Marc only");
        assertEquals(1, asChef(() -> halts.campaign(soiree, Halt.RESUME, "Relu")).sequences(), "Marc only");
        assertEquals("PAUSED", db.text("SELECT status FROM enrolment WHERE tenant_id = ?1 AND id = " + zoe));
        assertEquals(1, asChef(() -> halts.enrolment(zoe, Halt.RESUME, "Rentrée de reportage")).sequences());
        assertEquals("halt.enrolment.notPaused", refusal(() -> halts.enrolment(zoe, Halt.RESUME, "encore")));
        f.drainAt(Instant.parse("2026-11-25T09:00:00Z"));
        assertTrue(calls(soiree).stream().anyMatch(c -> c.contactId() == f.zoe), "Zoé is called for the evening again");

        assertEquals(1, asChef(() -> halts.enrolment(zoe, Halt.STOP, "Hors cible")).sequences());
        assertEquals("CLOSED_STOPPED", db.text("SELECT status FROM enrolment WHERE tenant_id = ?1 AND id = " + zoe));
        assertEquals("Hors cible", db.text("SELECT closed_reason FROM enrolment WHERE tenant_id = ?1 AND id = " + zoe));
        assertTrue(calls(soiree).stream().noneMatch(c -> c.contactId() == f.zoe));
        assertEquals("halt.enrolment.closed", refusal(() -> halts.enrolment(zoe, Halt.STOP, "encore")));
        assertEquals(1, asChef(() -> bilans.of(soiree)).total().getStopped());
        assertEquals("RUNNING", db.text("SELECT status FROM campaign WHERE tenant_id = ?1 AND id = " + soiree));
    }

    /** Over the API: a stagiaire is refused, another agency's ids are not there, refusals are clear. */
    @Test
    @RunAsClient
    void theApiAnswers403ToAStagiaire404ToAnotherAgencyAndRefusesWrongStates() throws Exception {
        String owner = Tokens.accessToken(Agencies.signUp(Agencies.slug("pause"), PASSWORD), PASSWORD);
        long contact = Agencies.id(Tokens.postJson("/api/contacts", owner, "{\"lastName\":\"Pausée\",\"mobile\":\"06 11 22 33 44\"}").body());
        long client = Agencies.id(Tokens.postJson("/api/clients", owner, "{\"name\":\"Marque en pause\"}").body());
        long campaign = Agencies.id(Tokens.postJson("/api/campaigns", owner, "{\"clientId\":" + client
                + ",\"kind\":\"PRESS_RELEASE\",\"subject\":\"Pause\",\"sendDate\":\"" + LocalDate.now() + "\"}").body());
        String c = "/api/campaigns/" + campaign;
        assertEquals(409, Tokens.postJson(c + "/pause", owner, "{\"reason\":\"Trop tôt\"}").statusCode(), "a draft does not pause");
        assertEquals(200, Tokens.postJson(c + "/targets", owner, "{\"ids\":[" + contact + "]}").statusCode());
        assertEquals(200, Tokens.postJson(c + "/launch", owner, "").statusCode());
        String rows = Tokens.get(c + "/enrolments", owner).body();
        long enrolment = Agencies.id(rows.substring(rows.indexOf("\"rows\"")));
        String e = "/api/enrolments/" + enrolment;

        String demo = Tokens.accessToken("directeur@agence-demo.fr", "demo-password-1");
        for (String path : List.of(c + "/pause", c + "/resume", c + "/stop", e + "/pause", e + "/resume", e + "/stop")) {
            assertEquals(404, Tokens.postJson(path, demo, "{\"reason\":\"Volé\"}").statusCode(), path);
        }
        String stagiaire = Tokens.accessToken("stagiaire@agence-demo.fr", "demo-password-1");
        for (String path : List.of(c + "/pause", c + "/resume", c + "/stop", e + "/pause", e + "/resume", e + "/stop")) {
            assertEquals(403, Tokens.postJson(path, stagiaire, "{\"reason\":\"Non\"}").statusCode(), path);
        }

        HttpResponse<String> noReason = Tokens.postJson(c + "/pause", owner, "{\"reason\":\"\"}");
        assertEquals(422, noReason.statusCode());
        assertTrue(noReason.body().contains("halt.reason.required"), noReason.body());
        assertEquals(409, Tokens.postJson(c + "/resume", owner, "{\"reason\":\"Rien\"}").statusCode(), "nothing to resume");
        HttpResponse<String> paused = Tokens.postJson(c + "/pause", owner, "{\"reason\":\"Embargo\"}");
        assertEquals(200, paused.statusCode(), paused.body());
        assertEquals(1, Agencies.number(paused.body(), "sequences"));
        assertTrue(Tokens.get(c, owner).body().contains("PAUSED"));
        String page = io.relance.it.WebSession.text(Tokens.get("/app/campagnes/campaign.xhtml?id=" + campaign, owner));
        assertTrue(page.contains("En pause depuis le") && page.contains("Embargo") && page.contains("Reprendre"),
                "the campaign's page says who paused it and why, and offers to resume: " + page);
        HttpResponse<String> again = Tokens.postJson(e + "/resume", owner, "{\"reason\":\"Seul\"}");
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("halt.enrolment.campaignPaused"), again.body());
        assertEquals(200, Tokens.postJson(c + "/resume", owner, "{\"reason\":\"Levé\"}").statusCode());
        assertEquals(200, Tokens.postJson(e + "/pause", owner, "{\"reason\":\"Absent\"}").statusCode());
        assertTrue(Tokens.get(c + "/enrolments", owner).body().contains("PAUSED"));
        assertEquals(200, Tokens.postJson(e + "/stop", owner, "{\"reason\":\"Hors cible\"}").statusCode());
        assertTrue(Tokens.get(c + "/enrolments", owner).body().contains("CLOSED_STOPPED"));
        assertEquals(200, Tokens.postJson(c + "/stop", owner, "{\"reason\":\"Annulé\"}").statusCode());
        assertEquals(409, Tokens.postJson(c + "/pause", owner, "{\"reason\":\"Trop tard\"}").statusCode());
        assertTrue(Tokens.get(c + "/bilan", owner).body().contains("\"stopped\":1"), "the bilan counts the stopped one");
        String bilan = io.relance.it.WebSession.text(Tokens.get("/app/campagnes/bilan.xhtml?id=" + campaign, owner));
        assertTrue(bilan.contains("Campagne arrêtée le") && bilan.contains("Annulé") && bilan.contains("Arrêtées"), bilan);
        String csv = new String(Tokens.download(c + "/bilan.csv", owner).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains("Campagne arrêtée le") && csv.contains("Arrêtée"), csv);
    }

    /** The fixture's campaigns: "Collection d'hiver" goes on alongside, "Soirée presse" is paused, resumed or stopped. */
    private static long campaign(TenantSql db, String subject) {
        return db.count("SELECT id FROM campaign WHERE tenant_id = ?1 AND subject = '" + subject + "'");
    }

    private List<QueueItem> calls(long campaign) {
        return f.leasDayAndAhead().stream().filter(c -> c.campaignId() == campaign).toList();
    }

    private static long sms(TenantSql db, long campaign, String statuses) {
        return db.count("SELECT COUNT(*) FROM sms_outbox m JOIN enrolment e ON e.id = m.enrolment_id WHERE m.tenant_id = ?1 "
                + "AND e.campaign_id = " + campaign + " AND m.status IN (" + statuses + ")");
    }

    private static long mails(TenantSql db, long campaign, String statuses) {
        return db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND campaign_id = " + campaign
                + " AND status IN (" + statuses + ")");
    }

    /** The message key of a refusal. */
    private String refusal(java.util.concurrent.Callable<?> work) {
        Refused r = assertThrows(Refused.class, () -> asChef(work));
        return r.problems().get(0).key();
    }

    private <T> T asChef(java.util.concurrent.Callable<T> work) {
        return InTenant.run(f.tenant, () -> chef.call(work));
    }
}
