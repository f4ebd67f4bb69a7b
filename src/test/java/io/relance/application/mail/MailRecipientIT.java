package io.relance.application.mail;

import io.relance.application.common.NotFoundException;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.Card;
import io.relance.domain.mail.MailKind;
import io.relance.domain.mail.MailStatus;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.RunAsStagiaire;
import io.relance.it.TenantSql;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The person at the other end of the release email (GreenMail as the SMTP server): "renvoyez-le-moi"
 * from the caller's card, the unsubscribe link (asks, then one click opts out everywhere), and the
 * person's emails in their GDPR data then erased; another agency reaches none of it.
 */
@ExtendWith(ArquillianExtension.class)
class MailRecipientIT {

    @Deployment
    static WebArchive deployment() throws java.io.IOException {
        return MailAgencyFixture.deployment(MailRecipientIT.class);
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    MailDispatch dispatch;

    @Inject
    ReleaseEmailService releaseEmail;

    @Inject
    CallQueue queue;

    @Inject
    RunAsChef chef;

    @Inject
    RunAsStagiaire stagiaire;

    @Inject
    io.relance.application.contacts.ContactService contacts;

    @Inject
    io.relance.application.sms.SmsInbound inbound;

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
    void aCallerEmailsTheReleaseAgainFromTheCardOnceOthersCannot() throws Exception {
        dispatch.dispatch();
        mail.smtp().waitForIncomingEmail(10_000, 2);
        // Marc's calls are the test stagiaire's, Zoé's are Léa's (whatever the workload split said)
        long marc = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Marc'");
        long zoe = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        assign(marc, RunAsStagiaire.EMAIL);
        assign(zoe, "lea@x.fr");
        long mineTask = db.count("SELECT MIN(t.id) FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id "
                + "AND e.id = t.enrolment_id WHERE t.tenant_id = ?1 AND e.contact_id = " + marc);
        long leasTask = db.count("SELECT MIN(t.id) FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id "
                + "AND e.id = t.enrolment_id WHERE t.tenant_id = ?1 AND e.contact_id = " + zoe);
        String address = db.text("SELECT c.email FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id "
                + "AND e.id = t.enrolment_id JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                + "WHERE t.tenant_id = ?1 AND t.id = " + mineTask);
        assertTrue(InTenant.run(db.tenant(), () -> stagiaire.call(() -> queue.card(mineTask))).canResend());

        assertTrue(InTenant.run(db.tenant(), () -> stagiaire.call(() -> queue.resend(mineTask))), "one click");
        assertFalse(InTenant.run(db.tenant(), () -> stagiaire.call(() -> queue.resend(mineTask))), "a double click sends nothing more");
        assertThrows(NotFoundException.class, () -> InTenant.run(db.tenant(), () -> stagiaire.call(() -> queue.resend(leasTask))),
                "another caller's call is not there for a stagiaire");
        dispatch.dispatch();
        mail.smtp().waitForIncomingEmail(10_000, 3);
        Thread.sleep(500);
        assertEquals(2, mail.to(address).size(), "the release, then once more: " + MailAgencyFixture.recipients(mail.mine()));
        assertEquals(3, mail.mine().size());
        MimeMessage again = mail.to(address).stream().filter(m -> MailAgencyFixture.has(m, "Reply-To", RunAsStagiaire.EMAIL)).findFirst().orElseThrow();
        assertTrue(((String) ((Multipart) again.getContent()).getBodyPart(0).getContent()).contains("Sam, Agence Mél & Co"),
                "signed by the caller who resent it");
        Card card = InTenant.run(db.tenant(), () -> stagiaire.call(() -> queue.card(mineTask)));
        assertEquals(List.of(MailKind.RESEND, MailKind.RELEASE), card.mails().stream().map(Card.Mail::kind).toList());
        assertEquals(List.of(MailStatus.SENT, MailStatus.SENT), card.mails().stream().map(Card.Mail::status).toList());

        // another agency sees none of these emails and cannot resend this call
        String other = mail.otherAgency();
        assertEquals(0L, InTenant.run(other, () -> chef.call(() -> releaseEmail.count())));
        assertTrue(InTenant.run(other, () -> chef.call(() -> releaseEmail.page(0, 50))).isEmpty());
        assertThrows(NotFoundException.class, () -> InTenant.run(other, () -> chef.call(() -> queue.resend(mineTask))));
        assertEquals(3L, InTenant.run(db.tenant(), () -> chef.call(() -> releaseEmail.count())));
    }

    @Test
    void theUnsubscribeLinkAsksThenOneClickOptsOutEverywhereAndShowsOnlyItsAgency() throws Exception {
        String token = db.text("SELECT unsubscribe_token FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'marc@" + mail.domain() + "'");
        long marc = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Marc'");
        String other = mail.otherAgency();

        // another agency's email, with its own link
        String foreignToken = io.relance.application.common.RandomTokens.next();
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
        assertEquals(0L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE AND id = " + marc),
                "opening the link (as a mail scanner does) opts nobody out");

        HttpResponse<String> oneClick = http("POST", token, "List-Unsubscribe=One-Click");
        assertEquals(200, oneClick.statusCode(), oneClick.body());
        assertEquals(1L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE AND id = " + marc));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND contact_id = " + marc
                + " AND status <> 'CLOSED_CANCELLED'"), "their sequences end at once");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id "
                + "AND e.id = t.enrolment_id WHERE t.tenant_id = ?1 AND e.contact_id = " + marc + " AND t.status IN ('PLANNED','OPEN')"));
        assertTrue(http("GET", token, null).body().contains("déjà désinscrit"));

        HttpResponse<String> unknown = http("GET", "A".repeat(43), null);
        assertEquals(404, unknown.statusCode());
        assertFalse(unknown.body().contains("Agence"), unknown.body());
        assertEquals(404, http("POST", "not-a-token", null).statusCode());
        assertEquals(2L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE"),
                "Anne (before) and Marc: nobody else moved");
        assertEquals(0L, InTenant.call(tx, other, () -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM contact "
                + "WHERE tenant_id = ?1 AND opted_out = TRUE").setParameter(1, other).getSingleResult()).longValue()),
                "Marc's link opted out nobody in the other agency");
    }

    @Test
    void aPersonsEmailsAndRepliesAreInTheirDataThenErasedAndNothingMoreLeaves() throws Exception {
        long zoe = db.count("SELECT id FROM contact WHERE tenant_id = ?1 AND first_name = 'Zoé'");
        inbound.reply(db.tenant(), "+33611111111", "Rappelez-moi demain, zoe@" + mail.domain());
        String held = InTenant.run(db.tenant(), () -> chef.call(() -> contacts.personalData(zoe))).toString();
        assertTrue(held.contains("to=zoe@" + mail.domain()) && held.contains("Rappelez-moi demain"),
                "the access request lists her emails and her SMS reply: " + held);
        InTenant.run(db.tenant(), () -> chef.call(() -> {
            contacts.erase(zoe);
            return null;
        }));
        // an email the timer had already claimed (SENDING) before the erasure may still be on the wire:
        // its SMTP conversation ends before the row leaves SENDING, so wait for that, then count
        for (int i = 0; i < 100 && db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND contact_id = " + zoe
                + " AND status = 'SENDING'") > 0; i++) {
            Thread.sleep(100);
        }
        int before = mail.to("zoe@" + mail.domain()).size();
        assertTrue(before <= 1, "sent at most once, before the erasure");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND contact_id = " + zoe
                + " AND (to_email <> '' OR body_text <> '' OR status = 'PENDING')"), "no address, no text, nothing waiting");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM sms_reply WHERE tenant_id = ?1 AND contact_id = " + zoe
                + " AND (from_number <> '' OR body <> '')"), "the reply keeps neither number nor words");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM mail_outbox WHERE tenant_id = ?1 AND to_email = 'marc@" + mail.domain() + "'"),
                "the others' emails are untouched");
        dispatch.dispatch();
        Thread.sleep(1000);
        assertEquals(before, mail.to("zoe@" + mail.domain()).size(), "nothing more leaves for the erased person");
    }

    private void assign(long contact, String callerEmail) throws Exception {
        String caller = "(SELECT id FROM staff_member WHERE tenant_id = '" + db.tenant() + "' AND email = '" + callerEmail + "')";
        db.sqlNow("UPDATE enrolment SET caller_id = " + caller + " WHERE tenant_id = '" + db.tenant() + "' AND contact_id = " + contact);
        db.sqlNow("UPDATE call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id SET t.caller_id = "
                + caller + " WHERE t.tenant_id = '" + db.tenant() + "' AND e.contact_id = " + contact);
    }

    private HttpResponse<String> http(String method, String token, String form) throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/unsubscribe?t=" + token))
                .header("Accept-Language", "fr-FR");
        request = "POST".equals(method) ? request.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form == null ? "" : form)) : request.GET();
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
