package io.relance.application.sms;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.LaunchService;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.AppClock;
import io.relance.application.sequence.SequenceEngine;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.tenant.Agency;
import io.relance.infrastructure.security.Secrets;
import io.relance.it.Deployments;
import io.relance.it.Drain;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The anchor SMS through a real SMPP server started by the test: sent once even when the commit
 * after the send fails, delivery receipts, and a "STOP" reply that opts the person out everywhere.
 */
@ExtendWith(ArquillianExtension.class)
class SmsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(SmsIT.class, SmppPeer.class, RunAsChef.class, InTenant.class, Drain.class);
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    AppClock clock;

    @Inject
    SequenceEngine engine;

    @Inject
    SmsDispatch dispatch;

    @Inject
    Secrets secrets;

    @Inject
    CampaignService campaigns;

    @Inject
    TargetingService targeting;

    @Inject
    LaunchService launcher;

    @Inject
    RunAsChef chef;

    @Inject
    AnchorSmsService sms;

    String tenant;
    SmppPeer peer;

    @BeforeEach
    void agencyWithAnOperator() throws Exception {
        tenant = "sms-" + UUID.randomUUID().toString().substring(0, 8);
        peer = new SmppPeer("relance", "s3cret");
        clock.use(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
        String secret = secrets.encrypt("s3cret");
        in(() -> {
            em.persist(new Agency(tenant, "Agence SMS", "FR", "fr", Instant.now()));
            em.flush();
            sql("INSERT INTO staff_member (tenant_id, email, first_name, last_name, role, created_at) "
                    + "VALUES (?1, 'lea@x.fr', 'Léa', 'Petit', 'STAGIAIRE', NOW(3))");
            sql("INSERT INTO sms_provider (tenant_id, kind, sender, host, port, system_id, secret, bind_type, dest_ton, dest_npi, "
                    + "updated_at) VALUES (?1, 'SMPP', 'AgenceSMS', 'localhost', " + peer.port() + ", 'relance', '" + secret
                    + "', 'TRANSCEIVER', 1, 1, NOW(3))");
            for (String[] c : new String[][]{{"Zoé", "Alpha", "+33611111111"}, {"Marc", "Bravo", "+33622222222"}}) {
                sql("INSERT INTO contact (tenant_id, first_name, last_name, mobile, created_at, updated_at) VALUES (?1, '"
                        + c[0] + "', '" + c[1] + "', '" + c[2] + "', NOW(3), NOW(3))");
            }
            return null;
        });
        InTenant.run(tenant, () -> chef.call(() -> {
            long staff = ((Number) em.createNativeQuery("SELECT id FROM staff_member WHERE tenant_id = '" + tenant + "'")
                    .getSingleResult()).longValue();
            long id = campaigns.create(new CampaignDraft(campaigns.createClient("Marque"), CampaignKind.PRESS_RELEASE,
                    "Collection d'hiver", null, null, LocalDate.of(2026, 11, 23), null, null, null, null));
            campaigns.setMembers(id, List.of(staff));
            targeting.addFiltered(id, io.relance.application.contacts.ContactQuery.all());
            return launcher.launch(id);
        }));
    }

    @AfterEach
    void stop() throws Exception {
        clock.use(Clock.systemUTC());
        peer.close();
    }

    @Test
    void anSmsIsSentOnceEvenWhenItsCommitFailsThenReceiptsAndStopComeBack() throws Exception {
        long first = count("SELECT MIN(e.id) FROM enrolment e WHERE e.tenant_id = ?1");
        // the commit after the send fails for the first message only (a real database error)
        sqlNow("CREATE TRIGGER sms_fault BEFORE UPDATE ON sms_outbox FOR EACH ROW BEGIN IF NEW.status = 'SENT' "
                + "AND NEW.tenant_id = '" + tenant + "' AND NEW.enrolment_id = " + first
                + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test trigger'; END IF; END");
        try {
            clock.use(Clock.fixed(Instant.parse("2026-11-24T08:16:00Z"), ZoneOffset.UTC)); // 09:16 in Paris, the SMS are due
            Drain.all(engine, tx, em, tenant, clock.now());
            assertEquals(2L, count("SELECT COUNT(*) FROM sms_outbox WHERE tenant_id = ?1"));
            dispatch.dispatch();
            dispatch.dispatch(); // a second round, as the next poll would: nothing is sent again
            waitFor(() -> peer.received.size() == 2, () -> text("SELECT GROUP_CONCAT(CONCAT(status, ' ', COALESCE(last_error, ''))) "
                    + "FROM sms_outbox WHERE tenant_id = ?1"));
            Thread.sleep(6000); // and the 5-second poller has had its turn too
        } finally {
            sqlNow("DROP TRIGGER sms_fault");
        }
        assertEquals(2, peer.received.size(), "each person received the anchor SMS exactly once: " + peer.received);
        assertEquals("SENDING", status(first), "sent but not recorded: never sent again");
        SmppPeer.Received zoe = peer.received.stream().filter(r -> r.to().equals("33611111111")).findFirst().orElseThrow();
        assertEquals("AgenceSMS", zoe.from());
        assertTrue(zoe.text().startsWith("Bonjour Zoé, Léa de Agence SMS : je vous ai envoyé \"Collection d'hiver\""), zoe.text());

        long second = count("SELECT MAX(e.id) FROM enrolment e WHERE e.tenant_id = ?1");
        assertEquals("SENT", status(second));
        SmppPeer.Received marc = peer.received.stream().filter(r -> r.to().equals("33622222222")).findFirst().orElseThrow();
        assertEquals(marc.id(), text("SELECT provider_id FROM sms_outbox WHERE tenant_id = ?1 AND enrolment_id = " + second));
        peer.deliverReceipt(marc, true);
        waitFor(() -> "DELIVERED".equals(status(second)));

        peer.reply("+33622222222", "AgenceSMS", "Stop");
        waitFor(() -> count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE") == 1);
        assertEquals("CLOSED_CANCELLED", text("SELECT status FROM enrolment WHERE tenant_id = ?1 AND id = " + second),
                "STOP ends the person's sequences at once");
        assertEquals(0L, count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND enrolment_id = " + second
                + " AND status IN ('PLANNED','OPEN')"));
        peer.reply("+33611111111", "AgenceSMS", "Rappelez-moi demain matin");
        waitFor(() -> count("SELECT COUNT(*) FROM sms_reply WHERE tenant_id = ?1") == 2);
        assertEquals(1L, count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE"), "a plain reply opts nobody out");
    }

    @Test
    void aDeadGatewayOpensTheAgencysCircuitItsMessagesWaitAndLeaveOnceItAnswers() throws Exception {
        int dead;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            dead = probe.getLocalPort(); // closed again at once: nobody listens there
        }
        sqlNow("UPDATE sms_provider SET port = " + dead + " WHERE tenant_id = '" + tenant + "'");
        at("2026-11-24T08:16:00Z");
        Drain.all(engine, tx, em, tenant, clock.now());
        dispatch.dispatch(); // both messages fail: two failures in a row
        assertEquals(0L, count("SELECT COUNT(*) FROM sms_provider WHERE tenant_id = ?1 AND open_until IS NOT NULL"),
                "two failures do not open the circuit yet");
        at("2026-11-24T08:19:00Z"); // past their first backoff
        dispatch.dispatch(); // the third failure opens the circuit
        assertTrue(count("SELECT COUNT(*) FROM sms_provider WHERE tenant_id = ?1 AND open_until IS NOT NULL") == 1,
                "the agency's circuit is open");
        assertEquals(2L, count("SELECT COUNT(*) FROM sms_outbox WHERE tenant_id = ?1 AND status = 'PENDING'"),
                "its messages wait, none failed for good");
        AnchorSmsService.Outage outage = InTenant.run(tenant, () -> chef.call(() -> sms.outage()));
        assertTrue(outage != null && outage.error().contains("Cannot bind"), "the chef and the directeur are told: " + outage);

        sqlNow("UPDATE sms_provider SET port = " + peer.port() + " WHERE tenant_id = '" + tenant + "'");
        at("2026-11-24T08:22:00Z"); // the circuit is still open: nothing is tried
        dispatch.dispatch();
        assertEquals(0, peer.received.size());
        at("2026-11-24T08:40:00Z"); // later: the circuit lets messages through again
        dispatch.dispatch();
        waitFor(() -> peer.received.size() == 2);
        assertEquals(0L, count("SELECT COUNT(*) FROM sms_provider WHERE tenant_id = ?1 AND (open_until IS NOT NULL OR failures > 0)"),
                "the gateway answered: the circuit closed");
        assertTrue(InTenant.run(tenant, () -> chef.call(() -> sms.outage())) == null, "and the alert is gone");
    }

    private void at(String instant) {
        clock.use(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private String status(long enrolment) {
        return text("SELECT status FROM sms_outbox WHERE tenant_id = ?1 AND enrolment_id = " + enrolment);
    }

    private void waitFor(BooleanSupplier condition) throws InterruptedException {
        waitFor(condition, () -> "");
    }

    private void waitFor(BooleanSupplier condition, java.util.function.Supplier<String> state) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), () -> "waited 10 s; " + state.get());
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
