package io.relance.application.sms;

import io.relance.application.journee.CallQueue;
import io.relance.application.journee.QueueItem;
import io.relance.domain.tenant.Agency;
import io.relance.application.common.Secrets;
import io.relance.application.outbox.Outage;
import io.relance.application.outbox.OutboxDispatch;
import io.relance.application.outbox.OutboxLeases;
import io.relance.it.Deployments;
import io.relance.it.Drain;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.SmppPeer;
import io.relance.it.TenantSql;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.relance.application.sms.SmsCampaignFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The anchor SMS through a real SMPP server started by the test: sent once even when the commit
 * after the send fails, delivery receipts, and a "STOP" reply that opts the person out everywhere.
 */
@ExtendWith(ArquillianExtension.class)
class SmsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(SmsIT.class, SmppPeer.class, SmsCampaignFixture.class,
                TenantSql.class, RunAsChef.class, InTenant.class, Drain.class);
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Inject
    SmsDispatch dispatch;

    @Inject
    Secrets secrets;

    @Inject
    RunAsChef chef;

    @Inject
    AnchorSmsService sms;

    @Inject
    SmsCampaignFixture fixture;

    @Inject
    CallQueue queue;

    @Inject
    OutboxDispatch outbox;

    @Inject
    OutboxLeases leases;

    @Inject
    SmsStore store;

    String tenant;
    SmppPeer peer;

    @BeforeEach
    void agencyWithAnOperator() throws Exception {
        tenant = "sms-" + UUID.randomUUID().toString().substring(0, 8);
        peer = new SmppPeer("relance", "s3cret");
        String secret = secrets.encrypt("s3cret");
        InTenant.call(fixture.tx, tenant, () -> {
            em.persist(new Agency(tenant, "Agence SMS", "FR", "fr", Instant.now()));
            em.flush();
            em.createNativeQuery("INSERT INTO sms_provider (tenant_id, kind, sender, host, port, system_id, secret, bind_type, "
                    + "dest_ton, dest_npi, updated_at) VALUES (?1, 'SMPP', 'AgenceSMS', 'localhost', " + peer.port() + ", 'relance', '"
                    + secret + "', 'TRANSCEIVER', 1, 1, NOW(3))").setParameter(1, tenant).executeUpdate();
            return null;
        });
        fixture.launch(tenant, new String[][]{{"Zoé", "Alpha", "+33611111111"}, {"Marc", "Bravo", "+33622222222"}});
    }

    @AfterEach
    void stop() throws Exception {
        fixture.clockBack();
        peer.close();
    }

    @Test
    void anSmsIsSentOnceEvenWhenItsCommitFailsThenReceiptsAndStopComeBack() throws Exception {
        long first = fixture.count("SELECT MIN(e.id) FROM enrolment e WHERE e.tenant_id = ?1");
        // the commit after the send fails for the first message only (a real database error)
        fixture.sqlNow("CREATE TRIGGER sms_fault BEFORE UPDATE ON sms_outbox FOR EACH ROW BEGIN IF NEW.status = 'SENT' "
                + "AND NEW.tenant_id = '" + tenant + "' AND NEW.enrolment_id = " + first
                + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by test trigger'; END IF; END");
        try {
            fixture.smsDue();
            assertEquals(2L, fixture.count("SELECT COUNT(*) FROM sms_outbox WHERE tenant_id = ?1"));
            dispatch.dispatch();
            dispatch.dispatch(); // a second round, as the next poll would: nothing is sent again
            waitFor(() -> peer.received().size() == 2, () -> fixture.text("SELECT GROUP_CONCAT(CONCAT(status, ' ', "
                    + "COALESCE(last_error, ''))) FROM sms_outbox WHERE tenant_id = ?1"));
            Thread.sleep(6000); // and the 5-second poller has had its turn too
        } finally {
            fixture.sqlNow("DROP TRIGGER sms_fault");
        }
        assertEquals(2, peer.received().size(), "each person received the anchor SMS exactly once: " + peer.received());
        assertEquals("SENDING", fixture.statusOf("+33611111111"), "sent but not recorded: never sent again");
        SmppPeer.Received zoe = peer.received().stream().filter(r -> r.to().equals("33611111111")).findFirst().orElseThrow();
        assertEquals("AgenceSMS", zoe.from());
        assertTrue(zoe.text().startsWith("Bonjour Zoé, Léa de Agence SMS : je vous ai envoyé \"Collection d'hiver\""), zoe.text());

        long second = fixture.count("SELECT MAX(e.id) FROM enrolment e WHERE e.tenant_id = ?1");
        assertEquals("SENT", fixture.statusOf("+33622222222"));
        SmppPeer.Received marc = peer.received().stream().filter(r -> r.to().equals("33622222222")).findFirst().orElseThrow();
        assertEquals(marc.id(), fixture.text("SELECT provider_id FROM sms_outbox WHERE tenant_id = ?1 AND enrolment_id = " + second));
        peer.deliverReceipt(marc, true);
        waitFor(() -> "DELIVERED".equals(fixture.statusOf("+33622222222")), () -> "");

        peer.reply("+33622222222", "AgenceSMS", "Stop");
        waitFor(() -> fixture.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE") == 1, () -> "");
        assertEquals("CLOSED_CANCELLED", fixture.text("SELECT status FROM enrolment WHERE tenant_id = ?1 AND id = " + second),
                "STOP ends the person's sequences at once");
        assertEquals(0L, fixture.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND enrolment_id = " + second
                + " AND status IN ('PLANNED','OPEN')"));
        peer.reply("+33611111111", "AgenceSMS", "Rappelez-moi demain matin");
        waitFor(() -> fixture.count("SELECT COUNT(*) FROM sms_reply WHERE tenant_id = ?1") == 2, () -> "");
        assertEquals(1L, fixture.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE"),
                "a plain reply opts nobody out");
        long lea = fixture.count("SELECT id FROM staff_member WHERE tenant_id = ?1 AND email = 'lea@x.fr'");
        List<QueueItem> calls = InTenant.run(tenant, () -> chef.call(() -> queue.of(lea))).calls();
        assertFalse(calls.isEmpty(), "Léa has Zoé's calls today");
        assertTrue(calls.stream().allMatch(c -> c.contact().startsWith("Zoé") && c.replied()),
                "Léa's queue marks Zoé's calls: a reply to read before dialling");
    }

    @Test
    void aDeadGatewayOpensTheAgencysCircuitItsMessagesWaitAndLeaveOnceItAnswers() throws Exception {
        int dead;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            dead = probe.getLocalPort(); // closed again at once: nobody listens there
        }
        fixture.sqlNow("UPDATE sms_provider SET port = " + dead + " WHERE tenant_id = '" + tenant + "'");
        fixture.smsDue();
        dispatch.dispatch(); // both messages fail: two failures in a row
        assertEquals(0L, fixture.count("SELECT COUNT(*) FROM channel_circuit WHERE tenant_id = ?1 AND channel = 'SMS' AND open_until IS NOT NULL"),
                "two failures do not open the circuit yet");
        fixture.at("2026-11-24T08:19:00Z"); // past their first backoff
        dispatch.dispatch(); // the third failure opens the circuit
        assertEquals(1L, fixture.count("SELECT COUNT(*) FROM channel_circuit WHERE tenant_id = ?1 AND channel = 'SMS' AND open_until IS NOT NULL"),
                "the agency's circuit is open");
        assertEquals(2L, fixture.count("SELECT COUNT(*) FROM sms_outbox WHERE tenant_id = ?1 AND status = 'PENDING'"),
                "its messages wait, none failed for good");
        Outage outage = InTenant.run(tenant, () -> chef.call(() -> sms.outage()));
        assertTrue(outage != null && outage.error().contains("Cannot bind"), "the chef and the directeur are told: " + outage);

        fixture.sqlNow("UPDATE sms_provider SET port = " + peer.port() + " WHERE tenant_id = '" + tenant + "'");
        fixture.at("2026-11-24T08:22:00Z"); // the circuit is still open: nothing is tried
        dispatch.dispatch();
        assertEquals(0, peer.received().size());
        fixture.at("2026-11-24T08:40:00Z"); // later: the circuit lets messages through again
        dispatch.dispatch();
        waitFor(() -> peer.received().size() == 2, () -> "");
        assertEquals(0L, fixture.count("SELECT COUNT(*) FROM channel_circuit WHERE tenant_id = ?1 AND channel = 'SMS'"),
                "the gateway answered: the circuit closed");
        assertTrue(InTenant.run(tenant, () -> chef.call(() -> sms.outage())) == null, "and the alert is gone");
    }

    @Test
    void whatADeadNodeClaimedButNeverHandedOverLeavesOnceItsLeaseLapsesAndWhatItHandedOverNever() throws Exception {
        // the agency's circuit held open: the test's own poller leaves its messages to the "dead node" below
        fixture.sqlNow("INSERT INTO channel_circuit (tenant_id, channel, failures, open_until) VALUES ('" + tenant
                + "', 'SMS', 3, '2030-01-01 00:00:00')");
        fixture.smsDue();
        // a node claims both messages, hands Zoé's over (it left, or not: in doubt) and dies
        Instant lease = leases.fromNow();
        List<SmsStore.Claimed> claimed = InTenant.run(tenant, () -> outbox.claim(store, 100, lease));
        assertEquals(2, claimed.size());
        long zoe = claimed.stream().filter(c -> c.toNumber().equals("+33611111111")).findFirst().orElseThrow().id();
        long marc = claimed.stream().filter(c -> c.id() != zoe).findFirst().orElseThrow().id();
        assertFalse(InTenant.run("other-" + tenant, () -> outbox.handing(store, zoe, lease)), "another agency's message is not found");
        assertFalse(InTenant.run(tenant, () -> outbox.handing(store, zoe, lease.minusMillis(1))), "another claim's lease is refused");
        assertTrue(InTenant.run(tenant, () -> outbox.handing(store, zoe, lease)));
        fixture.sqlNow("DELETE FROM channel_circuit WHERE tenant_id = '" + tenant + "'");

        fixture.at("2026-11-24T08:30:00Z"); // the lease still holds: nobody sends either
        dispatch.releaseLapsed();
        dispatch.dispatch();
        assertEquals(0, peer.received().size());
        assertEquals(2L, fixture.count("SELECT COUNT(*) FROM sms_outbox WHERE tenant_id = ?1 AND status = 'SENDING'"));

        fixture.at("2026-11-24T08:32:00Z"); // 16 minutes after the claim: it lapsed
        assertTrue(dispatch.releaseLapsed() >= 1);
        assertEquals("PENDING", fixture.statusOf("+33622222222"), "Marc's SMS, never handed over, waits again");
        assertEquals(0L, fixture.count("SELECT tries FROM sms_outbox WHERE tenant_id = ?1 AND id = " + marc), "never tried");
        assertEquals("SENDING", fixture.statusOf("+33611111111"), "Zoé's may have left: never again");
        dispatch.dispatch();
        waitFor(() -> peer.received().size() == 1, () -> "");
        Thread.sleep(6000); // the 5-second poller and its sweep have had their turn too
        assertEquals(List.of("33622222222"), peer.received().stream().map(SmppPeer.Received::to).toList(), "Marc's alone, once");
        assertEquals("SENT", fixture.statusOf("+33622222222"));
        assertFalse(InTenant.run(tenant, () -> outbox.handing(store, marc, lease)), "the dead node's claim is no longer worth anything");
    }
}
