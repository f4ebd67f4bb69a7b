package io.relance.application.mail;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.HaltService;
import io.relance.application.campaigns.LaunchService;
import io.relance.domain.campaign.Halt;
import io.relance.application.campaigns.SplitService;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.mail.ReleaseEmail;
import io.relance.domain.targeting.CallMode;
import io.relance.domain.tenant.Agency;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.RunAsStagiaire;
import io.relance.it.TenantSql;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, the release to the whole list on its send date (GreenMail as the SMTP server, the
 * engine's clock moved): an agency in Paris launches on Friday 20 November 2026 for Monday 23.
 * Zoé (Paris) and Dan (Paris, do-not-call) are to be called, Marc (Montréal), Eve, Anne (opted
 * out) and Paul (no address) get the release only.
 */
@ExtendWith(ArquillianExtension.class)
class SendOnlyIT {

    static final Instant FRIDAY = Instant.parse("2026-11-20T15:00:00Z");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Deployment
    static WebArchive deployment() throws java.io.IOException {
        return MailAgencyFixture.deployment(SendOnlyIT.class);
    }

    @Inject
    TenantSql db;

    @Inject
    AppClock clock;

    @Inject
    MailAgencyFixture mail;

    @Inject
    MailDispatch dispatch;

    @Inject
    CampaignService campaigns;

    @Inject
    TargetingService targeting;

    @Inject
    LaunchService launcher;

    @Inject
    SplitService split;

    @Inject
    ReleaseEmailService releaseEmail;

    @Inject
    RunAsChef chef;

    @Inject
    HaltService halts;

    @Inject
    RunAsStagiaire stagiaire;

    String tenant;
    String domain;

    @BeforeEach
    void anAgencyInParis() throws Exception {
        mail.startSmtp();
        tenant = "sendonly-" + UUID.randomUUID().toString().substring(0, 8);
        domain = tenant + ".test";
        db.use(tenant);
        at(FRIDAY);
        db.in(() -> {
            db.em().persist(new Agency(tenant, "Agence Envoi", "FR", "fr", Instant.now()));
            db.em().flush();
            db.sql("INSERT INTO staff_member (tenant_id, email, first_name, last_name, role, created_at) VALUES "
                    + "(?1, '" + RunAsStagiaire.EMAIL + "', 'Sam', 'Test', 'STAGIAIRE', NOW(3))");
            String[][] people = {{"Zoé", "Alpha", "+33611111111", "'zoe@" + domain + "'", "NULL", "FALSE", "FALSE"},
                    {"Dan", "Bravo", "+33622222222", "'dan@" + domain + "'", "NULL", "TRUE", "FALSE"},
                    {"Marc", "Charlie", "+15145550101", "'marc@" + domain + "'", "'America/Montreal'", "FALSE", "FALSE"},
                    {"Eve", "Delta", "+33644444444", "'eve@" + domain + "'", "NULL", "FALSE", "FALSE"},
                    {"Anne", "Echo", "+33655555555", "'anne@" + domain + "'", "NULL", "FALSE", "TRUE"},
                    {"Paul", "Foxtrot", "+33666666666", "NULL", "NULL", "FALSE", "FALSE"}};
            for (String[] c : people) {
                db.sql("INSERT INTO contact (tenant_id, first_name, last_name, mobile, email, time_zone, do_not_call, opted_out, "
                        + "created_at, updated_at) VALUES (?1, '" + c[0] + "', '" + c[1] + "', '" + c[2] + "', " + c[3] + ", " + c[4]
                        + ", " + c[5] + ", " + c[6] + ", NOW(3), NOW(3))");
            }
            return null;
        });
    }

    @AfterEach
    void stop() {
        clock.use(Clock.systemUTC());
        mail.stopSmtp();
    }

    @Test
    void aCampaignWithNobodyToCallLeavesOnItsSendDateInEachZoneAndAnOptOutStopsItsEmail() throws Exception {
        long id = campaign(List.of(), null, List.of("Zoé", "Dan", "Marc", "Eve", "Anne", "Paul"));
        LaunchService.Result r = InTenant.run(tenant, () -> chef.call(() -> launcher.launch(id)));
        assertEquals(0, r.enrolled(), "nobody to call, and no caller in the team: the launch is valid");
        assertEquals(6, r.sendOnly());
        assertEquals(0L, db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1"));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1"));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM sms_outbox WHERE tenant_id = ?1"));
        assertEquals("RELEASE:dan RELEASE:eve RELEASE:marc RELEASE:zoe", releases(),
                "everyone with an address who has not opted out, do-not-call included");
        assertEquals(Instant.parse("2026-11-23T08:00:00Z"), due("zoe"), "Monday 09:00 in Paris");
        assertEquals(Instant.parse("2026-11-23T14:00:00Z"), due("marc"), "Monday 09:00 in Montréal");
        assertTrue(InTenant.run(tenant, () -> chef.call(() -> releaseEmail.page(0, 10))).stream()
                .allMatch(m -> m.scheduledAfter(FRIDAY)), "the outbox shows them scheduled");

        // Saturday, Eve unsubscribes with the link of her scheduled email: it must not leave on Monday
        at(Instant.parse("2026-11-21T10:00:00Z"));
        String token = db.text("SELECT unsubscribe_token FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'eve@" + domain + "'");
        assertEquals(200, unsubscribe(token).statusCode());
        dispatch.dispatch();
        assertEquals("", sentTo(), "nothing leaves on the weekend");

        at(Instant.parse("2026-11-23T08:05:00Z"));
        dispatch.dispatch();
        mail.smtp().waitForIncomingEmail(10_000, 2);
        Thread.sleep(500);
        assertEquals("dan@" + domain + " zoe@" + domain, sentTo(), "Paris at 09:00 Paris, Montréal still asleep");

        at(Instant.parse("2026-11-23T14:05:00Z"));
        dispatch.dispatch();
        mail.smtp().waitForIncomingEmail(10_000, 3);
        Thread.sleep(500);
        assertEquals("dan@" + domain + " marc@" + domain + " zoe@" + domain, sentTo(), "Eve, who opted out on Saturday, gets nothing");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'eve@" + domain
                + "' AND status IN ('PENDING', 'SENDING', 'SENT')"));
    }

    @Test
    void aCampaignPausedBeforeItsSendDateKeepsTheReleaseOfItsSendOnlyPeopleUntilItResumes() throws Exception {
        long id = campaign(List.of(), null, List.of("Zoé", "Dan", "Marc", "Eve", "Anne", "Paul"));
        InTenant.run(tenant, () -> chef.call(() -> launcher.launch(id)));
        at(Instant.parse("2026-11-21T10:00:00Z")); // Saturday: the client moves the embargo
        InTenant.run(tenant, () -> chef.call(() -> halts.campaign(id, Halt.PAUSE, "Embargo repoussé par le client")));

        at(Instant.parse("2026-11-23T15:00:00Z")); // Monday afternoon: every send time has passed in both zones
        dispatch.dispatch();
        Thread.sleep(500);
        assertEquals("", sentTo(), "nothing leaves a paused campaign, not even to people who have no sequence");
        assertEquals(4L, db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND status = 'HELD'"));

        at(Instant.parse("2026-11-24T09:00:00Z")); // Tuesday: the embargo is lifted
        InTenant.run(tenant, () -> chef.call(() -> halts.campaign(id, Halt.RESUME, "Embargo levé")));
        assertEquals(Instant.parse("2026-11-24T09:00:00Z"), due("zoe"), "it leaves now, not on the past Monday's time");
        dispatch.dispatch();
        mail.smtp().waitForIncomingEmail(10_000, 4);
        Thread.sleep(500);
        assertEquals("dan@" + domain + " eve@" + domain + " marc@" + domain + " zoe@" + domain, sentTo(),
                "the resume lets them out, once each");
    }

    @Test
    void calledAndSendOnlyGetTheReleaseBeforeAnyCallAndTheChefMovesItUntilItLeaves() throws Exception {
        long lea = db.count("SELECT id FROM staff_member WHERE tenant_id = ?1");
        long id = campaign(List.of(lea), MONDAY, List.of("Marc", "Eve"));
        // on the draft, the send time moves with the campaign (no email yet)
        assertEquals(0, InTenant.run(tenant, () -> chef.call(() -> releaseEmail.moveSend(id, MONDAY, LocalTime.of(9, 30)))));
        LaunchService.Result r = InTenant.run(tenant, () -> chef.call(() -> launcher.launch(id)));
        assertEquals(2, r.enrolled(), "Zoé and Paul (no address, called); Dan is do-not-call, Anne opted out");
        assertEquals(2, r.sendOnly());
        assertEquals(0L, db.count("SELECT COUNT(*) FROM enrolment e JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                + "WHERE e.tenant_id = ?1 AND c.first_name IN ('Marc', 'Eve', 'Dan')"), "neither send-only nor do-not-call is enrolled");
        assertEquals("RELEASE:dan RELEASE:eve RELEASE:marc RELEASE:zoe", releases());
        Instant zoeRelease = due("zoe");
        assertEquals(Instant.parse("2026-11-23T08:30:00Z"), zoeRelease, "Monday 09:30 in Paris");
        Instant firstCall = Instant.parse(db.text("SELECT DATE_FORMAT(MIN(t.opens_at), '%Y-%m-%dT%H:%i:%sZ') FROM call_task t "
                + "JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id JOIN contact c ON c.tenant_id = e.tenant_id "
                + "AND c.id = e.contact_id WHERE t.tenant_id = ?1 AND c.first_name = 'Zoé'"));
        assertTrue(!firstCall.isBefore(zoeRelease.plusSeconds(15 * 60)) && firstCall.isBefore(Instant.parse("2026-11-23T17:00:00Z")),
                "the follow-ups start on the send day, after her release has left: " + firstCall);
        String sms = db.text("SELECT DATE_FORMAT(MIN(s.due_at), '%Y-%m-%dT%H:%i:%sZ') FROM due_step s WHERE s.tenant_id = ?1 "
                + "AND s.kind = 'SMS_DUE'");
        assertTrue("null".equals(sms) || !Instant.parse(sms).isBefore(zoeRelease.plusSeconds(15 * 60)), "the anchor SMS too: " + sms);

        // later than the first call planned (Monday 18:00 in Paris, after every call slot of the day): refused, nothing moves
        Refused late = assertThrows(Refused.class, () -> InTenant.run(tenant, () -> chef.call(() ->
                releaseEmail.moveSend(id, MONDAY, LocalTime.of(18, 0)))));
        assertEquals("mail.send.afterCalls", late.problems().get(0).key());
        assertEquals(zoeRelease, due("zoe"));
        // another agency's chef does not find it; a stagiaire may not move it
        String other = mail.otherAgency();
        assertThrows(NotFoundException.class, () -> InTenant.run(other, () -> chef.call(() ->
                releaseEmail.moveSend(id, MONDAY, LocalTime.of(8, 0)))));
        assertThrows(EJBAccessException.class, () -> InTenant.run(tenant, () -> stagiaire.call(() ->
                releaseEmail.moveSend(id, MONDAY, LocalTime.of(8, 0)))));
        assertEquals(zoeRelease, due("zoe"));

        assertEquals(4, InTenant.run(tenant, () -> chef.call(() -> releaseEmail.moveSend(id, MONDAY, LocalTime.of(8, 0)))));
        assertEquals(Instant.parse("2026-11-23T07:00:00Z"), due("zoe"));
        assertEquals(Instant.parse("2026-11-23T13:00:00Z"), due("marc"), "08:00 in Montréal");
        assertEquals(LocalTime.of(8, 0), InTenant.run(tenant, () -> chef.call(() -> releaseEmail.schedule(id))).time());

        at(Instant.parse("2026-11-23T07:05:00Z"));
        dispatch.dispatch();
        mail.smtp().waitForIncomingEmail(10_000, 3);
        Thread.sleep(500);
        assertEquals("dan@" + domain + " eve@" + domain + " zoe@" + domain, sentTo());
        Refused gone = assertThrows(Refused.class, () -> InTenant.run(tenant, () -> chef.call(() ->
                releaseEmail.moveSend(id, MONDAY, LocalTime.of(9, 0)))));
        assertEquals("mail.send.gone", gone.problems().get(0).key(), "once it has left, the send no longer moves");
        assertTrue(InTenant.run(tenant, () -> chef.call(() -> releaseEmail.schedule(id))).gone());
    }

    /**
     * A press release for Monday emailed to its targets, those named {@code sendOnly} moved to
     * "envoi seul" by the chef, the others to "à appeler" (moves are pinned: the launch's split keeps them).
     */
    private long campaign(List<Long> team, LocalDate followupStart, List<String> sendOnly) throws Exception {
        return InTenant.run(tenant, () -> chef.call(() -> {
            long c = campaigns.create(new CampaignDraft(campaigns.createClient("Marque"), CampaignKind.PRESS_RELEASE,
                    "Collection d'hiver", null, null, MONDAY, null, null, followupStart, null));
            if (!team.isEmpty()) {
                campaigns.setMembers(c, team);
            }
            releaseEmail.write(c, new ReleaseEmail("{sujet}", "Bonjour {prenom},\n\nNotre communiqué.\n\n{appelant}, {agence}", true));
            List<Long> releaseOnly = new java.util.ArrayList<>();
            List<Long> toCall = new java.util.ArrayList<>();
            for (Object row : db.em().createNativeQuery("SELECT id, first_name FROM contact WHERE tenant_id = '" + tenant + "'")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                long contact = ((Number) r[0]).longValue();
                targeting.addOne(c, contact);
                (sendOnly.contains((String) r[1]) ? releaseOnly : toCall).add(contact);
            }
            split.move(c, releaseOnly, CallMode.SEND_ONLY);
            split.move(c, toCall, CallMode.CALL);
            return c;
        }));
    }

    /** The release emails written, by recipient's local part, in order. */
    private String releases() throws Exception {
        return db.text("SELECT CAST(GROUP_CONCAT(CONCAT(kind, ':', SUBSTRING_INDEX(to_email, '@', 1)) ORDER BY to_email "
                + "SEPARATOR ' ') AS CHAR) FROM mail_outbox WHERE tenant_id = ?1");
    }

    private Instant due(String who) throws Exception {
        return Instant.parse(db.text("SELECT DATE_FORMAT(due_at, '%Y-%m-%dT%H:%i:%sZ') FROM mail_outbox WHERE tenant_id = ?1 "
                + "AND to_email = '" + who + "@" + domain + "'"));
    }

    /** The addresses of this agency's people GreenMail received, in order. */
    private String sentTo() {
        return java.util.Arrays.stream(mail.smtp().getReceivedMessages()).map(m -> MailAgencyFixture.recipients(List.of(m)).strip())
                .filter(a -> a.endsWith("@" + domain)).sorted().collect(java.util.stream.Collectors.joining(" "));
    }

    private void at(Instant instant) {
        clock.use(Clock.fixed(instant, ZoneOffset.UTC));
    }

    private HttpResponse<String> unsubscribe(String token) throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/unsubscribe?t=" + token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
