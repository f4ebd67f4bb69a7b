package io.relance.application.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.LaunchService;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.Card;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.mail.ReleaseEmail;
import io.relance.domain.tenant.Agency;
import io.relance.it.Deployments;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.RunAsStagiaire;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release by email against a real SMTP server (GreenMail, started by the test inside the
 * WildFly under test on SMTP_PORT): emailed once to each reachable contact at launch, even when the
 * commit after the send fails; "renvoyez-le-moi" from the card; the unsubscribe link; isolation.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    @Deployment
    static WebArchive deployment() throws java.io.IOException {
        WebArchive war = Deployments.relance().addClasses(MailIT.class, RunAsChef.class, RunAsStagiaire.class, InTenant.class)
                .addAsLibraries(new File(System.getProperty("relance.greenmail.jar")));
        // GreenMail builds on Angus Mail, which WildFly has as a module but does not show to deployments
        String structure = new String(war.get("WEB-INF/jboss-deployment-structure.xml").getAsset().openStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        return war.addAsWebInfResource(new StringAsset(structure.replace("<dependencies>",
                "<dependencies><module name=\"org.eclipse.angus.mail\"/>")), "jboss-deployment-structure.xml");
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    AppClock clock;

    @Inject
    MailDispatch dispatch;

    @Inject
    CampaignService campaigns;

    @Inject
    TargetingService targeting;

    @Inject
    LaunchService launcher;

    @Inject
    ReleaseEmailService releaseEmail;

    @Inject
    CallQueue queue;

    @Inject
    io.relance.infrastructure.persistence.MailStore store;

    @Inject
    RunAsChef chef;

    @Inject
    io.relance.application.contacts.ContactService contacts;

    @Inject
    io.relance.application.sms.SmsInbound inbound;

    @Inject
    RunAsStagiaire stagiaire;

    String tenant;
    String domain;
    GreenMail smtp;

    @BeforeEach
    void launchedWithTheReleaseByEmail() throws Exception {
        smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("SMTP_PORT")), "127.0.0.1", "smtp"));
        smtp.start();
        tenant = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        domain = tenant + ".test";
        clock.use(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
        in(() -> {
            em.persist(new Agency(tenant, "Agence Mél & Co", "FR", "fr", Instant.now()));
            em.flush();
            // two stagiaires share the calls: the test's own (RunAsStagiaire) and Léa
            sql("INSERT INTO staff_member (tenant_id, email, first_name, last_name, role, created_at) VALUES "
                    + "(?1, '" + RunAsStagiaire.EMAIL + "', 'Sam', 'Test', 'STAGIAIRE', NOW(3)), "
                    + "(?1, 'lea@x.fr', 'Léa', 'Petit', 'STAGIAIRE', NOW(3))");
            String[][] people = {{"Zoé", "Alpha", "+33611111111", "'zoe@" + domain + "'", "FALSE"},
                    {"Marc", "Bravo", "+33622222222", "'marc@" + domain + "'", "FALSE"},
                    {"Paul", "Charlie", "+33633333333", "NULL", "FALSE"},
                    {"Anne", "Delta", "+33644444444", "'anne@" + domain + "'", "TRUE"}};
            for (String[] c : people) {
                sql("INSERT INTO contact (tenant_id, first_name, last_name, mobile, email, opted_out, created_at, updated_at) "
                        + "VALUES (?1, '" + c[0] + "', '" + c[1] + "', '" + c[2] + "', " + c[3] + ", " + c[4] + ", NOW(3), NOW(3))");
            }
            return null;
        });
        InTenant.run(tenant, () -> chef.call(() -> {
            List<Long> staff = ((List<?>) em.createNativeQuery("SELECT id FROM staff_member WHERE tenant_id = '" + tenant + "'")
                    .getResultList()).stream().map(n -> ((Number) n).longValue()).toList();
            long id = campaigns.create(new CampaignDraft(campaigns.createClient("Marque"), CampaignKind.PRESS_RELEASE,
                    "Collection d'hiver", null, null, LocalDate.of(2026, 11, 23), null, null, null, null));
            campaigns.setMembers(id, staff);
            releaseEmail.write(id, new ReleaseEmail("{sujet} pour {prenom}", "Bonjour {prenom},\n\nNotre communiqué : "
                    + "<b>Tom & Jerry</b>.\nVisuels : https://example.org/visuels\n\n{appelant}, {agence}", true));
            targeting.addFiltered(id, ContactQuery.all());
            return launcher.launch(id);
        }));
    }

    @AfterEach
    void stop() {
        clock.use(Clock.systemUTC());
        smtp.stop();
    }

    @Test
    void theReleaseLeavesOnceForEachReachableContactEvenWhenItsCommitFails() throws Exception {
        assertEquals(2L, count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND kind = 'RELEASE'"),
                "one email per contact with an address who has not opted out");
        long zoe = count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        // the commit after the send fails for Zoé's email only (a real database error)
        sqlNow("CREATE TRIGGER mail_fault BEFORE UPDATE ON mail_outbox FOR EACH ROW BEGIN IF NEW.status = 'SENT' "
                + "AND NEW.tenant_id = '" + tenant + "' AND NEW.contact_id = " + zoe
                + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test trigger'; END IF; END");
        try {
            dispatch.dispatch();
            dispatch.dispatch(); // the next round, as the next poll would: nothing leaves again
            smtp.waitForIncomingEmail(10_000, 2);
            Thread.sleep(6000); // and the 5-second poller has had its turn too
        } finally {
            sqlNow("DROP TRIGGER mail_fault");
        }
        List<MimeMessage> mine = mine();
        assertEquals(2, mine.size(), "Zoé and Marc, once each: " + recipients(mine));
        assertEquals(1, to("zoe@" + domain).size(), "Zoé's email was sent once");
        assertEquals("SENDING", text("SELECT status FROM mail_outbox WHERE tenant_id = ?1 AND contact_id = " + zoe),
                "sent but not recorded: never sent again");
        assertTrue(to("paul@" + domain).isEmpty() && to("anne@" + domain).isEmpty());

        MimeMessage marc = to("marc@" + domain).get(0);
        assertEquals("SENT", text("SELECT status FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'marc@" + domain + "'"));
        InternetAddress from = (InternetAddress) marc.getFrom()[0];
        assertEquals("Agence Mél & Co", from.getPersonal(), "the agency's name is the sender's");
        assertEquals("relance@relance.test", from.getAddress());
        assertEquals("Collection d'hiver pour Marc", marc.getSubject());
        String token = text("SELECT unsubscribe_token FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'marc@" + domain + "'");
        assertEquals("<" + System.getenv("RELANCE_PUBLIC_URL") + "/unsubscribe?t=" + token + ">", marc.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", marc.getHeader("List-Unsubscribe-Post", null));
        assertTrue(marc.isMimeType("multipart/alternative"), marc.getContentType());
        Multipart parts = (Multipart) marc.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        String plain = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertTrue(plain.startsWith("Bonjour Marc,"), plain);
        assertTrue(plain.contains("<b>Tom & Jerry</b>") && plain.contains("/unsubscribe?t=" + token), plain);
        assertTrue(html.contains("<p>Bonjour Marc,</p>") && html.contains("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;"), html);
        assertTrue(html.contains("<a href=\"https://example.org/visuels\">") && html.contains("/unsubscribe?t=" + token), html);
        assertTrue(plain.contains(", Agence Mél & Co"), "signed by the caller and the agency: " + plain);
    }

    @Test
    void withoutSmtpTheDueEmailsStayOnTheOutboxPage() throws Exception {
        smtp.stop();
        // one transaction: the rows this test sets back to PENDING are locked, so the poller skips them
        int kept = in(() -> {
            sql("UPDATE mail_outbox SET status = 'PENDING', tries = 0, sent_at = NULL WHERE tenant_id = ?1");
            em.flush();
            return store.keepInOutbox(clock.now()); // what each round does on a server without SMTP_HOST
        });
        assertTrue(kept >= 2, "at least this agency's two emails: " + kept);
        List<MailRow> page = InTenant.run(tenant, () -> chef.call(() -> releaseEmail.page(0, 10)));
        assertEquals(List.of("OUTBOX", "OUTBOX"), page.stream().map(MailRow::status).toList());
        assertTrue(page.stream().anyMatch(m -> m.toEmail().equals("zoe@" + domain) && m.subject().equals("Collection d'hiver pour Zoé")
                && m.bodyText().startsWith("Bonjour Zoé,")), "the page shows what would have left: " + page);
        smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("SMTP_PORT")), "127.0.0.1", "smtp"));
        smtp.start();
        dispatch.dispatch();
        Thread.sleep(1000);
        assertTrue(mine().isEmpty(), "an email kept in the outbox is not sent later");
    }

    @Test
    void aDownServerIsTriedAgainLaterAndABadAddressFailsAtOnce() throws Exception {
        sqlNow("UPDATE mail_outbox SET to_email = '<marc@" + domain + "' WHERE tenant_id = '" + tenant + "' AND to_email = 'marc@"
                + domain + "'");
        smtp.stop();
        // had the 5-second poller already sent them, they wait again (the next GreenMail starts empty)
        sqlNow("UPDATE mail_outbox SET status = 'PENDING', tries = 0, sent_at = NULL WHERE tenant_id = '" + tenant + "'");
        dispatch.dispatch();
        assertEquals("PENDING", text("SELECT status FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'zoe@" + domain + "'"));
        assertTrue(text("SELECT last_error FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'zoe@" + domain + "'")
                .contains("Connection refused") || count("SELECT tries FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'zoe@"
                + domain + "'") == 0, "tried once and waits, or was left untried when the server answered nothing");
        smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("SMTP_PORT")), "127.0.0.1", "smtp"));
        smtp.start();
        dispatch.dispatch();
        assertTrue(mine().isEmpty(), "not yet: the retry waits a minute");
        clock.use(Clock.fixed(Instant.parse("2026-11-23T12:01:30Z"), ZoneOffset.UTC));
        dispatch.dispatch();
        smtp.waitForIncomingEmail(10_000, 1);
        assertEquals(1, to("zoe@" + domain).size());
        assertEquals("SENT", text("SELECT status FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'zoe@" + domain + "'"));
        assertEquals("FAILED", text("SELECT status FROM mail_outbox WHERE tenant_id = ?1 AND to_email = '<marc@" + domain + "'"),
                "an address no server can take fails at once");
        assertTrue(text("SELECT last_error FROM mail_outbox WHERE tenant_id = ?1 AND to_email = '<marc@" + domain + "'")
                .startsWith("invalid address"));
    }

    @Test
    void aCallerEmailsTheReleaseAgainFromTheCardOnceOthersCannot() throws Exception {
        dispatch.dispatch();
        smtp.waitForIncomingEmail(10_000, 2);
        // Marc's calls are the test stagiaire's, Zoé's are Léa's (whatever the workload split said)
        long marc = count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Marc'");
        long zoe = count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        assign(marc, RunAsStagiaire.EMAIL);
        assign(zoe, "lea@x.fr");
        long mineTask = count("SELECT MIN(t.id) FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id "
                + "AND e.id = t.enrolment_id WHERE t.tenant_id = ?1 AND e.contact_id = " + marc);
        long leasTask = count("SELECT MIN(t.id) FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id "
                + "AND e.id = t.enrolment_id WHERE t.tenant_id = ?1 AND e.contact_id = " + zoe);
        String address = text("SELECT c.email FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id "
                + "AND e.id = t.enrolment_id JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                + "WHERE t.tenant_id = ?1 AND t.id = " + mineTask);
        assertTrue(InTenant.run(tenant, () -> stagiaire.call(() -> queue.card(mineTask))).canResend());

        assertTrue(InTenant.run(tenant, () -> stagiaire.call(() -> queue.resend(mineTask))), "one click");
        assertFalse(InTenant.run(tenant, () -> stagiaire.call(() -> queue.resend(mineTask))), "a double click sends nothing more");
        assertThrows(NotFoundException.class, () -> InTenant.run(tenant, () -> stagiaire.call(() -> queue.resend(leasTask))),
                "another caller's call is not there for a stagiaire");
        dispatch.dispatch();
        smtp.waitForIncomingEmail(10_000, 3);
        Thread.sleep(500);
        assertEquals(2, to(address).size(), "the release, then once more: " + recipients(mine()));
        assertEquals(3, mine().size());
        MimeMessage again = to(address).stream().filter(m -> has(m, "Reply-To", RunAsStagiaire.EMAIL)).findFirst().orElseThrow();
        assertTrue(((String) ((Multipart) again.getContent()).getBodyPart(0).getContent()).contains("Sam, Agence Mél & Co"),
                "signed by the caller who resent it");
        Card card = InTenant.run(tenant, () -> stagiaire.call(() -> queue.card(mineTask)));
        assertEquals(List.of("RESEND", "RELEASE"), card.mails().stream().map(Card.Mail::kind).toList());
        assertEquals(List.of("SENT", "SENT"), card.mails().stream().map(Card.Mail::status).toList());

        // another agency sees none of these emails and cannot resend this call
        String other = "mailb-" + UUID.randomUUID().toString().substring(0, 8);
        InTenant.call(tx, other, () -> {
            em.persist(new Agency(other, "Agence Bêta", "FR", "fr", Instant.now()));
            return null;
        });
        assertEquals(0L, InTenant.run(other, () -> chef.call(() -> releaseEmail.count())));
        assertTrue(InTenant.run(other, () -> chef.call(() -> releaseEmail.page(0, 50))).isEmpty());
        assertThrows(NotFoundException.class, () -> InTenant.run(other, () -> chef.call(() -> queue.resend(mineTask))));
        assertEquals(3L, InTenant.run(tenant, () -> chef.call(() -> releaseEmail.count())));
    }

    @Test
    void theUnsubscribeLinkAsksThenOneClickOptsOutEverywhereAndShowsOnlyItsAgency() throws Exception {
        String token = text("SELECT unsubscribe_token FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'marc@" + domain + "'");
        long marc = count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Marc'");
        String other = "mailb-" + UUID.randomUUID().toString().substring(0, 8);
        InTenant.call(tx, other, () -> {
            em.persist(new Agency(other, "Agence Bêta", "FR", "fr", Instant.now()));
            return null;
        });

        // another agency's email, with its own link
        String foreignToken = ReleaseMails.token();
        InTenant.call(tx, other, () -> {
            em.createNativeQuery("INSERT INTO client (tenant_id, name, created_at) VALUES (?1, 'Client B', NOW(3))")
                    .setParameter(1, other).executeUpdate();
            em.createNativeQuery("INSERT INTO campaign (tenant_id, client_id, kind, subject, send_date, status, created_by, "
                    + "created_at) SELECT ?1, id, 'PRESS_RELEASE', 'Secret B', '2026-11-23', 'RUNNING', 'b@b.fr', NOW(3) "
                    + "FROM client WHERE tenant_id = ?1").setParameter(1, other).executeUpdate();
            em.createNativeQuery("INSERT INTO contact (tenant_id, first_name, last_name, email, created_at, updated_at) "
                    + "VALUES (?1, 'Bob', 'Bêta', 'bob@b.fr', NOW(3), NOW(3))").setParameter(1, other).executeUpdate();
            em.createNativeQuery("INSERT INTO mail_outbox (tenant_id, campaign_id, contact_id, kind, idempotency_key, to_email, "
                    + "subject, body_text, unsubscribe_token, status, due_at, created_at) SELECT ?1, k.id, c.id, 'RELEASE', 'B', "
                    + "'bob@b.fr', 'Secret B', 'Secret', ?2, 'OUTBOX', NOW(3), NOW(3) FROM campaign k JOIN contact c "
                    + "ON c.tenant_id = k.tenant_id WHERE k.tenant_id = ?1").setParameter(1, other).setParameter(2, foreignToken)
                    .executeUpdate();
            return null;
        });
        HttpResponse<String> foreign = http("GET", foreignToken, null);
        assertTrue(foreign.body().contains("Agence Bêta") && !foreign.body().contains("Agence Mél"), foreign.body());
        assertFalse(foreign.body().contains("Bob") || foreign.body().contains("Secret"), foreign.body());

        HttpResponse<String> ask = http("GET", token, null);
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("Agence Mél &amp; Co") && ask.body().contains("id=\"confirm\""), ask.body());
        assertFalse(ask.body().contains("Agence Bêta") || ask.body().contains("Marc") || ask.body().contains("marc@"), ask.body());
        assertEquals(0L, count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE AND id = " + marc),
                "opening the link (as a mail scanner does) opts nobody out");

        HttpResponse<String> oneClick = http("POST", token, "List-Unsubscribe=One-Click");
        assertEquals(200, oneClick.statusCode(), oneClick.body());
        assertEquals(1L, count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE AND id = " + marc));
        assertEquals(0L, count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND contact_id = " + marc
                + " AND status <> 'CLOSED_CANCELLED'"), "their sequences end at once");
        assertEquals(0L, count("SELECT COUNT(*) FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id "
                + "AND e.id = t.enrolment_id WHERE t.tenant_id = ?1 AND e.contact_id = " + marc + " AND t.status IN ('PLANNED','OPEN')"));
        assertTrue(http("GET", token, null).body().contains("déjà désinscrit"));

        HttpResponse<String> unknown = http("GET", "A".repeat(43), null);
        assertEquals(404, unknown.statusCode());
        assertFalse(unknown.body().contains("Agence"), unknown.body());
        assertEquals(404, http("POST", "not-a-token", null).statusCode());
        assertEquals(2L, count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE"),
                "Anne (before) and Marc: nobody else moved");
        assertEquals(0L, InTenant.call(tx, other, () -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM contact "
                + "WHERE tenant_id = ?1 AND opted_out = TRUE").setParameter(1, other).getSingleResult()).longValue()),
                "Marc's link opted out nobody in the other agency");
    }

    @Test
    void aPersonsEmailsAndRepliesAreInTheirDataThenErasedAndNothingMoreLeaves() throws Exception {
        long zoe = count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        inbound.reply(tenant, "+33611111111", "Rappelez-moi demain, zoe@" + domain);
        String held = InTenant.run(tenant, () -> chef.call(() -> contacts.personalData(zoe))).toString();
        assertTrue(held.contains("to=zoe@" + domain) && held.contains("Rappelez-moi demain"),
                "the access request lists her emails and her SMS reply: " + held);
        InTenant.run(tenant, () -> chef.call(() -> {
            contacts.erase(zoe);
            return null;
        }));
        int before = to("zoe@" + domain).size();
        assertTrue(before <= 1, "sent at most once, before the erasure");
        assertEquals(0L, count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND contact_id = " + zoe
                + " AND (to_email <> '' OR body_text <> '' OR status = 'PENDING')"), "no address, no text, nothing waiting");
        assertEquals(0L, count("SELECT COUNT(*) FROM sms_reply WHERE tenant_id = ?1 AND contact_id = " + zoe
                + " AND (from_number <> '' OR body <> '')"), "the reply keeps neither number nor words");
        assertEquals(1L, count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'marc@" + domain + "'"),
                "the others' emails are untouched");
        dispatch.dispatch();
        Thread.sleep(1000);
        assertEquals(before, to("zoe@" + domain).size(), "nothing more leaves for the erased person");
    }

    private void assign(long contact, String callerEmail) throws Exception {
        String caller = "(SELECT id FROM staff_member WHERE tenant_id = '" + tenant + "' AND email = '" + callerEmail + "')";
        sqlNow("UPDATE enrolment SET caller_id = " + caller + " WHERE tenant_id = '" + tenant + "' AND contact_id = " + contact);
        sqlNow("UPDATE call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id SET t.caller_id = "
                + caller + " WHERE t.tenant_id = '" + tenant + "' AND e.contact_id = " + contact);
    }

    private HttpResponse<String> http(String method, String token, String form) throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/unsubscribe?t=" + token))
                .header("Accept-Language", "fr-FR");
        request = "POST".equals(method) ? request.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form == null ? "" : form)) : request.GET();
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The messages GreenMail received for this test's agency (the demo agency's may arrive too). */
    private List<MimeMessage> mine() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(List.of(m)).contains("@" + domain)).toList();
    }

    private List<MimeMessage> to(String address) {
        return mine().stream().filter(m -> recipients(List.of(m)).contains(address)).toList();
    }

    private static String recipients(List<MimeMessage> messages) {
        StringBuilder s = new StringBuilder();
        for (MimeMessage m : messages) {
            try {
                for (Address a : m.getAllRecipients()) {
                    s.append(a).append(' ');
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return s.toString();
    }

    private static boolean has(MimeMessage m, String header, String value) {
        try {
            String h = m.getHeader(header, ",");
            return h != null && h.contains(value);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        try {
            return in(() -> ((Number) em.createNativeQuery(sql).setParameter(1, tenant).getSingleResult()).longValue());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String sql) {
        try {
            return in(() -> String.valueOf(em.createNativeQuery(sql).setParameter(1, tenant).getSingleResult()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement) {
        em.createNativeQuery(statement).setParameter(1, tenant).executeUpdate();
    }

    private void sqlNow(String statement) throws Exception {
        in(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private <T> T in(Callable<T> work) throws Exception {
        return InTenant.call(tx, tenant, work);
    }
}
