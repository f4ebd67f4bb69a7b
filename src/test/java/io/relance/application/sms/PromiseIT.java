package io.relance.application.sms;

import io.relance.application.common.NotFoundException;
import io.relance.application.common.Secrets;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.QueueItem;
import io.relance.application.promises.BrokenPromise;
import io.relance.application.promises.PromiseTally;
import io.relance.application.promises.Promises;
import io.relance.domain.sequence.Outcome;
import io.relance.domain.tenant.Agency;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.relance.application.sms.SmsCampaignFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The anchor SMS's promise, through a real SMPP server: the seed's text with {delai} and {horizon}
 * as the person reads it; the call promised for today first in the caller's day, marked; the
 * promise kept by a call that day, missed when the day passes without one (listed for the chef,
 * counted in "promesses tenues"), excused when the person said STOP; another agency sees nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PromiseIT {

    private static final String SEED_TEXT = "Bonjour {prenom}, {appelant} de {agence}. Je vous appelle {delai} pour faire le "
            + "point sur {sujet}. Si besoin, je reviens vers vous {horizon}.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(PromiseIT.class, SmppPeer.class, SmsCampaignFixture.class,
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
    Promises promises;

    String tenant;
    SmppPeer peer;
    long campaign;
    long lea;

    @BeforeEach
    void agencyWithAnOperatorAndNinaWithoutAMobile() throws Exception {
        tenant = "promise-" + UUID.randomUUID().toString().substring(0, 8);
        peer = new SmppPeer("relance", "s3cret");
        String secret = secrets.encrypt("s3cret");
        InTenant.call(fixture.tx, tenant, () -> {
            em.persist(new Agency(tenant, "Agence Promesse", "FR", "fr", Instant.now()));
            em.flush();
            em.createNativeQuery("INSERT INTO sms_provider (tenant_id, kind, sender, host, port, system_id, secret, bind_type, "
                    + "dest_ton, dest_npi, updated_at) VALUES (?1, 'SMPP', 'AgencePro', 'localhost', " + peer.port() + ", 'relance', '"
                    + secret + "', 'TRANSCEIVER', 1, 1, NOW(3))").setParameter(1, tenant).executeUpdate();
            // first by name, reached on a landline only: no SMS, so no promise
            em.createNativeQuery("INSERT INTO contact (tenant_id, first_name, last_name, landline, created_at, updated_at) "
                    + "VALUES (?1, 'Nina', 'Aaron', '+33144556677', NOW(3), NOW(3))").setParameter(1, tenant).executeUpdate();
            return null;
        });
        fixture.launch(tenant, new String[][]{{"Zoé", "Alpha", "+33611111111"}, {"Marc", "Bravo", "+33622222222"},
                {"Paul", "Charlie", "+33633333333"}});
        campaign = fixture.count("SELECT id FROM campaign WHERE tenant_id = ?1");
        lea = fixture.count("SELECT id FROM staff_member WHERE tenant_id = ?1 AND email = 'lea@x.fr'");
        InTenant.run(tenant, () -> chef.call(() -> {
            sms.write(campaign, SEED_TEXT);
            return null;
        }));
    }

    @AfterEach
    void stop() throws Exception {
        fixture.clockBack();
        peer.close();
    }

    @Test
    void theCallPromisedTodayComesFirstAndAPassedDayWithoutItIsCountedAndListed() throws Exception {
        fixture.smsDue(); // Tuesday 09:16 in Paris, the first day of the three
        dispatch.dispatch();
        waitFor(() -> peer.received().size() == 3, () -> fixture.text("SELECT GROUP_CONCAT(status) FROM sms_outbox WHERE tenant_id = ?1"));
        SmppPeer.Received zoe = peer.received().stream().filter(r -> r.to().equals("33611111111")).findFirst().orElseThrow();
        assertTrue(zoe.text().startsWith("Bonjour Zoé, Léa de Agence Promesse. Je vous appelle aujourd'hui pour faire le point "
                + "sur Collection d'hiver. Si besoin, je reviens vers vous d'ici 48h."), zoe.text());
        waitFor(() -> fixture.count("SELECT COUNT(*) FROM sms_outbox WHERE tenant_id = ?1 AND status = 'SENT'") == 3, () -> "");

        // Paul answers STOP before his call: no call is owed to him any more
        peer.reply("+33633333333", "AgencePro", "STOP");
        waitFor(() -> fixture.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE") == 1, () -> "");

        fixture.at("2026-11-24T08:40:00Z"); // 09:40: the first slot is open
        Drain.all(fixture.engine, fixture.tx, em, tenant, Instant.parse("2026-11-24T08:40:00Z"));
        List<QueueItem> calls = InTenant.run(tenant, () -> chef.call(() -> queue.of(lea))).calls();
        assertEquals(List.of("Zoé Alpha", "Marc Bravo"), calls.subList(0, 2).stream().map(QueueItem::contact).toList(),
                "the two calls promised this morning come before Nina's, whose slot opens at the same time: " + calls);
        assertTrue(calls.get(0).promised() && calls.get(1).promised(), "and are marked as promised");
        assertEquals(1, calls.stream().filter(c -> c.contact().equals("Zoé Alpha") && c.promised()).count(),
                "one promised call per person: Zoé's afternoon slots keep their place");
        assertTrue(calls.stream().filter(c -> c.contact().equals("Nina Aaron")).noneMatch(QueueItem::promised), "no SMS, no promise");

        InTenant.run(tenant, () -> chef.call(() -> queue.log(calls.get(0).taskId(), Outcome.NO_ANSWER, null)));
        List<QueueItem> after = InTenant.run(tenant, () -> chef.call(() -> queue.of(lea))).calls();
        assertTrue(after.stream().filter(c -> c.contact().equals("Zoé Alpha")).noneMatch(QueueItem::promised),
                "called today: Zoé's promise is kept, her later calls are ordinary ones");
        assertTrue(after.get(0).promised() && after.get(0).contact().equals("Marc Bravo"), "Marc still waits: " + after);

        PromiseTally today = InTenant.run(tenant, () -> chef.call(() -> promises.tally(campaign)));
        assertEquals(new PromiseTally(3, 1, 0, 2, 0), today, "made 3, kept 1, Marc's and Paul's day not over yet");
        assertEquals(100, today.keptPercent(), "the one settled promise was kept; those still waiting count in neither");

        // Wednesday 10:00: Tuesday passed without a call to Marc
        fixture.at("2026-11-25T09:00:00Z");
        Drain.all(fixture.engine, fixture.tx, em, tenant, Instant.parse("2026-11-25T09:00:00Z"));
        PromiseTally tally = InTenant.run(tenant, () -> chef.call(() -> promises.tally(campaign)));
        assertEquals(new PromiseTally(3, 1, 1, 0, 1), tally, "Marc's promise missed; Paul's excused by his STOP");
        assertEquals(50, tally.keptPercent(), "promesses tenues : 50 %");
        List<BrokenPromise> broken = InTenant.run(tenant, () -> chef.call(() -> promises.broken(campaign)));
        assertEquals(1, broken.size());
        assertEquals("Marc Bravo", broken.get(0).contact());
        assertEquals("Léa Petit", broken.get(0).caller());
        assertEquals(LocalDate.of(2026, 11, 24), broken.get(0).day());
        assertFalse(InTenant.run(tenant, () -> chef.call(() -> queue.of(lea))).calls().stream().anyMatch(QueueItem::promised),
                "Wednesday's calls were promised by no SMS");

        String other = "promise-other-" + UUID.randomUUID().toString().substring(0, 6);
        InTenant.call(fixture.tx, other, () -> {
            em.persist(new Agency(other, "Autre agence", "FR", "fr", Instant.now()));
            return null;
        });
        assertThrows(NotFoundException.class, () -> InTenant.run(other, () -> chef.call(() -> promises.tally(campaign))),
                "another agency does not find the campaign");
        assertThrows(NotFoundException.class, () -> InTenant.run(other, () -> chef.call(() -> promises.broken(campaign))));
    }
}
