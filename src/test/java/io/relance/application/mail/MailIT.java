package io.relance.application.mail;

import io.relance.application.common.AppClock;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.TenantSql;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release by email against a real SMTP server (GreenMail, started by the test inside the
 * WildFly under test on SMTP_PORT): emailed once to each reachable contact at launch, even when the
 * commit after the send fails; kept on the outbox page without SMTP; retried when the server is down;
 * a server down three times in a row opens the agency's email circuit (in the database) and its alert.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    @Deployment
    static WebArchive deployment() throws java.io.IOException {
        return MailAgencyFixture.deployment(MailIT.class);
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    MailDispatch dispatch;

    @Inject
    ReleaseEmailService releaseEmail;

    @Inject
    MailStore store;

    @Inject
    RunAsChef chef;

    @Inject
    MailAgencyFixture mail;

    TenantSql db;

    @BeforeEach
    void launchedWithTheReleaseByEmail() throws Exception {
        db = mail.launchedWithTheReleaseByEmail();
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void theReleaseLeavesOnceForEachReachableContactEvenWhenItsCommitFails() throws Exception {
        assertEquals(2L, db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND kind = 'RELEASE'"),
                "one email per contact with an address who has not opted out");
        long zoe = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        // the commit after the send fails for Zoé's email only (a real database error)
        db.sqlNow("CREATE TRIGGER mail_fault BEFORE UPDATE ON mail_outbox FOR EACH ROW BEGIN IF NEW.status = 'SENT' "
                + "AND NEW.tenant_id = '" + db.tenant() + "' AND NEW.contact_id = " + zoe
                + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test trigger'; END IF; END");
        try {
            dispatch.dispatch();
            dispatch.dispatch(); // the next round, as the next poll would: nothing leaves again
            mail.smtp().waitForIncomingEmail(10_000, 2);
            Thread.sleep(6000); // and the 5-second poller has had its turn too
        } finally {
            db.sqlNow("DROP TRIGGER mail_fault");
        }
        List<MimeMessage> mine = mail.mine();
        assertEquals(2, mine.size(), "Zoé and Marc, once each: " + MailAgencyFixture.recipients(mine));
        assertEquals(1, mail.to("zoe@" + mail.domain()).size(), "Zoé's email was sent once");
        assertEquals("SENDING", db.text("SELECT status FROM mail_outbox WHERE tenant_id = ?1 AND contact_id = " + zoe),
                "sent but not recorded: never sent again");
        assertTrue(mail.to("paul@" + mail.domain()).isEmpty() && mail.to("anne@" + mail.domain()).isEmpty());

        MimeMessage marc = mail.to("marc@" + mail.domain()).get(0);
        assertEquals("SENT", db.text("SELECT status FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'marc@" + mail.domain() + "'"));
        InternetAddress from = (InternetAddress) marc.getFrom()[0];
        assertEquals("Agence Mél & Co", from.getPersonal(), "the agency's name is the sender's");
        assertEquals("relance@relance.test", from.getAddress());
        assertEquals("Collection d'hiver pour Marc", marc.getSubject());
        String token = db.text("SELECT unsubscribe_token FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'marc@" + mail.domain() + "'");
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
        mail.stopSmtp();
        // one transaction: the rows this test sets back to PENDING are locked, so the poller skips them
        int kept = db.in(() -> {
            db.sql("UPDATE mail_outbox SET status = 'PENDING', tries = 0, sent_at = NULL WHERE tenant_id = ?1");
            em.flush();
            return store.keepInOutbox(clock.now()); // what each round does on a server without SMTP_HOST
        });
        assertTrue(kept >= 2, "at least this agency's two emails: " + kept);
        List<MailRow> page = InTenant.run(db.tenant(), () -> chef.call(() -> releaseEmail.page(0, 10)));
        assertEquals(List.of("OUTBOX", "OUTBOX"), page.stream().map(MailRow::status).toList());
        assertTrue(page.stream().anyMatch(m -> m.toEmail().equals("zoe@" + mail.domain()) && m.subject().equals("Collection d'hiver pour Zoé")
                && m.bodyText().startsWith("Bonjour Zoé,")), "the page shows what would have left: " + page);
        mail.startSmtp();
        dispatch.dispatch();
        Thread.sleep(1000);
        assertTrue(mail.mine().isEmpty(), "an email kept in the outbox is not sent later");
    }

    @Test
    void aDownServerIsTriedAgainLaterAndABadAddressFailsAtOnce() throws Exception {
        db.sqlNow("UPDATE mail_outbox SET to_email = '<marc@" + mail.domain() + "' WHERE tenant_id = '" + db.tenant() + "' AND to_email = 'marc@"
                + mail.domain() + "'");
        mail.stopSmtp();
        // had the 5-second poller already sent them, they wait again (the next GreenMail starts empty)
        db.sqlNow("UPDATE mail_outbox SET status = 'PENDING', tries = 0, sent_at = NULL WHERE tenant_id = '" + db.tenant() + "'");
        dispatch.dispatch();
        assertEquals("PENDING", db.text("SELECT status FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'zoe@" + mail.domain() + "'"));
        assertTrue(db.text("SELECT last_error FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'zoe@" + mail.domain() + "'")
                .contains("Connection refused") || db.count("SELECT tries FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'zoe@"
                + mail.domain() + "'") == 0, "tried once and waits, or was left untried when the server answered nothing");
        mail.startSmtp();
        dispatch.dispatch();
        assertTrue(mail.mine().isEmpty(), "not yet: the retry waits a minute");
        clock.use(Clock.fixed(Instant.parse("2026-11-23T12:01:30Z"), ZoneOffset.UTC));
        dispatch.dispatch();
        mail.smtp().waitForIncomingEmail(10_000, 1);
        assertEquals(1, mail.to("zoe@" + mail.domain()).size());
        assertEquals("SENT", db.text("SELECT status FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'zoe@" + mail.domain() + "'"));
        assertEquals("FAILED", db.text("SELECT status FROM mail_outbox WHERE tenant_id = ?1 AND to_email = '<marc@" + mail.domain() + "'"),
                "an address no server can take fails at once");
        assertTrue(db.text("SELECT last_error FROM mail_outbox WHERE tenant_id = ?1 AND to_email = '<marc@" + mail.domain() + "'")
                .startsWith("invalid address"));
    }

    @Test
    void aServerDownThreeTimesOpensTheAgencysEmailCircuitInTheDatabaseTellsTheChefAndClosesWhenItAnswers() throws Exception {
        mail.stopSmtp();
        db.sqlNow("UPDATE mail_outbox SET status = 'PENDING', tries = 0, sent_at = NULL WHERE tenant_id = '" + db.tenant() + "'");
        // Nobody answers. A round ends at its first unreachable send, which may be another agency's
        // email (earlier tests leave some waiting): rounds half a minute apart until this agency's third
        // failure in a row opens its circuit.
        Instant at = Instant.parse("2026-11-23T12:00:00Z");
        for (int round = 0; round < 60 && openEmailCircuits() == 0; round++) {
            at = Instant.parse("2026-11-23T12:00:00Z").plusSeconds(30L * round);
            clock.use(Clock.fixed(at, ZoneOffset.UTC));
            dispatch.dispatch();
        }
        assertEquals(1L, openEmailCircuits(), "the circuit is kept where every node (and the next start) reads it");
        assertEquals(3L, db.count("SELECT SUM(tries) FROM mail_outbox WHERE tenant_id = ?1"),
                "it opened at the third failure in a row, not before");
        io.relance.application.outbox.Outage outage = InTenant.run(db.tenant(), () -> chef.call(() -> releaseEmail.outage()));
        assertTrue(outage != null && outage.error().contains("Connection refused"), "the chef is told, as for SMS: " + outage);

        mail.startSmtp();
        clock.use(Clock.fixed(at.plus(Duration.ofMinutes(4)), ZoneOffset.UTC));
        dispatch.dispatch();
        assertTrue(mail.mine().isEmpty(), "while the circuit is open the due emails wait untried");
        clock.use(Clock.fixed(at.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));
        dispatch.dispatch();
        mail.smtp().waitForIncomingEmail(10_000, 2);
        assertEquals(2, mail.mine().size());
        assertEquals(0L, db.count("SELECT COUNT(*) FROM channel_circuit WHERE tenant_id = ?1 AND channel = 'EMAIL'"),
                "the server answered: the circuit closed");
        assertTrue(InTenant.run(db.tenant(), () -> chef.call(() -> releaseEmail.outage())) == null, "and the alert is gone");
    }

    private long openEmailCircuits() {
        return db.count("SELECT COUNT(*) FROM channel_circuit WHERE tenant_id = ?1 AND channel = 'EMAIL' AND open_until IS NOT NULL");
    }
}
