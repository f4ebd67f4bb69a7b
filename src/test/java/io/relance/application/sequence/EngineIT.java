package io.relance.application.sequence;

import io.relance.application.common.AppClock;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.campaign.Client;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.contact.Contact;
import io.relance.domain.contact.ContactInput;
import io.relance.domain.contact.ContactRules;
import io.relance.domain.sequence.BusinessCalendar;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.Outcome;
import io.relance.domain.sequence.PlannedSlot;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.sequence.SlotPlanner;
import io.relance.domain.sequence.StartRule;
import io.relance.domain.tenant.Agency;
import io.relance.application.tenant.TenantScope;
import io.relance.it.Deployments;
import io.relance.it.Drain;
import io.relance.it.InTenant;
import io.relance.it.TenantSql;
import io.relance.it.RunAsChef;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine on the real database, with the clock moved by hand: three days of a PRM 3×3 sequence
 * in seconds; a step that throws is retried and never runs twice; two engines on one database
 * never run the same step; after a crash, overdue and abandoned steps are caught up.
 */
@ExtendWith(ArquillianExtension.class)
class EngineIT {

    /** Sent on Monday 23 November 2026; the sequence runs Tuesday to Thursday, Paris time. */
    static final LocalDate SEND = LocalDate.of(2026, 11, 23);

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(EngineIT.class, RunAsChef.class, InTenant.class, TenantSql.class, Drain.class);
    }

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Inject
    AppClock clock;

    @Inject
    SequenceEngine engine;

    @Inject
    SequenceScheduler scheduler;

    @Inject
    AttemptService attempts;

    @Inject
    RunAsChef chef;

    @Inject
    TenantSql db;

    String tenant;
    long campaign;

    @BeforeEach
    void agencyWithACampaign() throws Exception {
        tenant = "engine-" + UUID.randomUUID().toString().substring(0, 8);
        db.use(tenant);
        at("2026-11-23T07:00:00Z");
        campaign = db.in(() -> {
            em.persist(new Agency(tenant, "Agence " + tenant, "FR", "fr", Instant.now()));
            Client client = new Client("Marque", Instant.now());
            em.persist(client);
            Campaign c = new Campaign(client, CampaignKind.PRESS_RELEASE, "Lancement", SEND, "chef@x.fr", Instant.now());
            em.persist(c);
            em.flush();
            return c.getId();
        });
    }

    @AfterEach
    void realTime() {
        clock.use(Clock.systemUTC());
    }

    @Test
    void aContactWhoIsNeverCalledEndsNonPrioritaireAfterThreeDays() throws Exception {
        long enrolment = enrol(1).get(0);
        assertEquals(9L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND status = 'PLANNED'"));
        assertEquals(9 * 2 + 3 + 1 + 1, db.count("SELECT COUNT(*) FROM due_step WHERE tenant_id = ?1"));

        at("2026-11-24T08:40:00Z"); // 09:40 in Paris: the first slot is open, the SMS has left
        drain();
        assertEquals("ACTIVE", enrolmentStatus(enrolment));
        assertEquals(1L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND status = 'OPEN'"));
        assertEquals(1L, db.count("SELECT COUNT(*) FROM sms_outbox WHERE tenant_id = ?1 AND to_number = '+33612340001'"));

        at("2026-11-27T00:00:00Z");
        drain();
        assertEquals("CLOSED_NON_PRIORITAIRE", enrolmentStatus(enrolment));
        assertEquals(9L, db.count("SELECT missed FROM enrolment WHERE tenant_id = ?1"));
        assertEquals(0L, db.count("SELECT attempts FROM enrolment WHERE tenant_id = ?1"));
        assertEquals(9L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND status = 'MISSED'"));
        assertEquals(1L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND cooldown_until = '2026-12-27 00:00:00'"),
                "30 days of cooldown");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM sms_outbox WHERE tenant_id = ?1"), "one SMS per sequence");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM due_step WHERE tenant_id = ?1 AND (status <> 'DONE' OR runs <> 1)"));
    }

    @Test
    void aStepThatThrowsIsRetriedAndNoStepRunsTwice() throws Exception {
        enrol(1);
        long second = db.count("SELECT id FROM call_task WHERE tenant_id = ?1 AND day_no = 1 AND slot_no = 2");
        db.sqlNow("CREATE TRIGGER engine_it_fail BEFORE UPDATE ON call_task FOR EACH ROW BEGIN IF NEW.id = " + second
                + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'broken row'; END IF; END");
        try {
            at("2026-11-24T16:00:00Z"); // 17:00: slots 1 and 2 are over, slot 3 is open
            drain();
            assertEquals(2L, db.count("SELECT COUNT(*) FROM due_step WHERE tenant_id = ?1 AND status = 'PENDING' AND tries = 1 "
                    + "AND ref_id = " + second + " AND last_error LIKE '%broken row%'"), "both steps of the broken slot wait");
            assertEquals(4L, db.count("SELECT COUNT(*) FROM due_step WHERE tenant_id = ?1 AND status = 'DONE' AND runs = 1"),
                    "the SMS and the other slots' steps ran once, in spite of their neighbour");
        } finally {
            db.sqlNow("DROP TRIGGER engine_it_fail");
        }
        at("2026-11-24T16:05:00Z");
        drain();
        assertEquals(6L, db.count("SELECT COUNT(*) FROM due_step WHERE tenant_id = ?1 AND status = 'DONE' AND runs = 1"));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM due_step WHERE tenant_id = ?1 AND runs > 1"));
        assertEquals(2L, db.count("SELECT missed FROM enrolment WHERE tenant_id = ?1"));
    }

    @Test
    void twoEnginesOnOneDatabaseNeverRunTheSameStep() throws Exception {
        enrol(150);
        at("2026-11-27T00:00:00Z");
        Callable<Integer> drain = () -> engine.drain();
        Future<Integer> first = executor.submit(drain);
        Future<Integer> second = executor.submit(drain);
        int executed = first.get() + second.get();
        drain(); // whatever the background poll left
        assertEquals(150L * 23, db.count("SELECT COUNT(*) FROM due_step WHERE tenant_id = ?1 AND status = 'DONE' AND runs = 1"));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM due_step WHERE tenant_id = ?1 AND runs > 1"));
        assertTrue(executed <= 150 * 23, "no step counted twice: " + executed);
        assertEquals(150L, db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND status = 'CLOSED_NON_PRIORITAIRE' AND missed = 9"));
    }

    @Test
    void afterACrashOverdueAndAbandonedStepsAreCaughtUp() throws Exception {
        long enrolment = enrol(1).get(0);
        // a node claimed the first steps at 09:40 and died: their lease ran out two minutes later
        db.sqlNow("UPDATE due_step SET status = 'RUNNING', lease_until = '2026-11-24 08:42:00' WHERE tenant_id = '" + tenant
                + "' AND kind IN ('SMS_DUE', 'SLOT_OPEN') AND due_at <= '2026-11-24 08:40:00'");
        at("2026-11-26T12:00:00Z"); // the server was down for two days
        drain();
        assertEquals(2L, db.count("SELECT COUNT(*) FROM due_step WHERE tenant_id = ?1 AND kind IN ('SMS_DUE', 'SLOT_OPEN') "
                + "AND due_at <= '2026-11-24 08:40:00' AND status = 'DONE' AND runs = 1"));
        assertEquals(1L, db.count("SELECT COUNT(*) FROM sms_outbox WHERE tenant_id = ?1"));
        assertEquals(7L, db.count("SELECT missed FROM enrolment WHERE tenant_id = ?1"), "two days and a morning of slots passed: missed");
        assertEquals("ACTIVE", enrolmentStatus(enrolment));
    }

    @Test
    void aContactWhoSaysYesOnDayTwoIsNotCalledAgain() throws Exception {
        long enrolment = enrol(1).get(0);
        at("2026-11-24T08:40:00Z");
        drain();
        assertEquals(EnrolmentStatus.ACTIVE, log(openTask(), Outcome.NO_ANSWER, null));
        at("2026-11-25T08:40:00Z");
        drain();
        assertEquals(EnrolmentStatus.CLOSED_YES, log(openTask(), Outcome.YES, null));
        at("2026-11-27T00:00:00Z");
        drain();
        assertEquals("CLOSED_YES", enrolmentStatus(enrolment));
        assertEquals(2L, db.count("SELECT attempts FROM enrolment WHERE tenant_id = ?1"));
        assertEquals(1L, db.count("SELECT pick_ups FROM enrolment WHERE tenant_id = ?1"));
        assertEquals(2L, db.count("SELECT missed FROM enrolment WHERE tenant_id = ?1"), "day 1's afternoon slots");
        assertEquals(5L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND status = 'CANCELLED'"), "no more calls");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND cooldown_until IS NOT NULL"));
    }

    @Test
    void laterBooksACallbackThatAppearsAtItsTime() throws Exception {
        long enrolment = enrol(1).get(0);
        at("2026-11-24T08:40:00Z");
        drain();
        assertEquals(EnrolmentStatus.CALLBACK, log(openTask(), Outcome.LATER,
                Instant.parse("2026-11-24T16:00:00Z")));
        assertEquals(2L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND status = 'CANCELLED'"),
                "the slots before the callback are not called");
        at("2026-11-24T16:05:00Z");
        drain();
        assertEquals("ACTIVE", enrolmentStatus(enrolment));
        assertEquals(1L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND kind = 'CALLBACK' AND status = 'OPEN'"));
        assertEquals(EnrolmentStatus.CLOSED_REGISTERED, log(openTask(), Outcome.REGISTERED, null));
    }

    @Test
    void aCallbackBookedPastTheLastDayStillHappensThenTheSequenceCloses() throws Exception {
        long enrolment = enrol(1).get(0);
        at("2026-11-26T15:40:00Z"); // day 3, last slot (16:30-18:00 Paris) open
        drain();
        log(openTask(), Outcome.LATER, Instant.parse("2026-11-27T09:00:00Z"));
        at("2026-11-27T00:00:00Z");
        drain();
        assertEquals("CALLBACK", enrolmentStatus(enrolment), "the days are over, the booked callback is kept");
        at("2026-11-27T12:00:00Z"); // the callback opened at 10:00 Paris and nobody called
        drain();
        assertEquals("CLOSED_NON_PRIORITAIRE", enrolmentStatus(enrolment));
        assertEquals(1L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND cooldown_until IS NOT NULL"));
    }

    @Test
    void anOptOutEndsEveryCampaignOfThePerson() throws Exception {
        List<Long> first = enrol(1);
        long contact = db.count("SELECT contact_id FROM enrolment WHERE tenant_id = ?1");
        long other = db.in(() -> {
            Campaign c = new Campaign(em.find(Campaign.class, campaign).getClient(), CampaignKind.EVENT_INVITATION, "Soirée",
                    SEND, "chef@x.fr", Instant.now());
            em.persist(c);
            em.flush();
            return c.getId();
        });
        long second = enrolIn(other, contact);
        at("2026-11-24T08:40:00Z");
        drain();
        long task = db.count("SELECT id FROM call_task WHERE tenant_id = ?1 AND status = 'OPEN' AND enrolment_id = " + first.get(0));
        assertEquals(EnrolmentStatus.CLOSED_OPTED_OUT, log(task, Outcome.OPT_OUT, null));
        assertEquals("CLOSED_CANCELLED", enrolmentStatus(second));
        assertEquals(1L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND opted_out = TRUE AND opted_out_at IS NOT NULL"));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND status IN ('PLANNED','OPEN')"));
    }

    private long openTask() throws Exception {
        return db.count("SELECT id FROM call_task WHERE tenant_id = ?1 AND status = 'OPEN' ORDER BY opens_at LIMIT 1");
    }

    private EnrolmentStatus log(long task, Outcome outcome, Instant callback)
            throws Exception {
        return TenantScope.call(tenant, () -> {
            try {
                return chef.call(() -> attempts.log(task, outcome, callback)).status();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Enrols an existing contact in another campaign. */
    private long enrolIn(long otherCampaign, long contact) throws Exception {
        return db.in(() -> {
            SlotPlanner planner = new SlotPlanner(BusinessCalendar.of("FR"), SequencePlan.PRM_3X3);
            List<LocalDate> days = planner.days(SEND, StartRule.NEXT_BUSINESS_DAY, null, false);
            List<PlannedSlot> slots = planner.slots(days, ZoneId.of("Europe/Paris"));
            Enrolment e = new Enrolment(otherCampaign, contact, null, SequencePlan.PRM_3X3, days.get(0),
                    slots.get(slots.size() - 1).closes(), Instant.now());
            scheduler.schedule(List.of(new SequenceScheduler.Planned(e, slots, planner.smsAt(slots))));
            return e.getId();
        });
    }

    /** Enrols n new contacts in the campaign with PRM 3×3. */
    private List<Long> enrol(int n) throws Exception {
        return db.in(() -> {
            SlotPlanner planner = new SlotPlanner(BusinessCalendar.of("FR"), SequencePlan.PRM_3X3);
            List<LocalDate> days = planner.days(SEND, StartRule.NEXT_BUSINESS_DAY, null, false);
            List<PlannedSlot> slots = planner.slots(days, ZoneId.of("Europe/Paris"));
            List<SequenceScheduler.Planned> planned = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Contact contact = new Contact(ContactRules.check(new ContactInput(null, "Jo", "Nom" + i, null, null, null, null,
                        null, String.format("06 12 34 %02d %02d", (i + 1) / 100, (i + 1) % 100), null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null), "FR").details(), null, null, Instant.now());
                em.persist(contact);
                em.flush();
                Enrolment e = new Enrolment(campaign, contact.getId(), null, SequencePlan.PRM_3X3, days.get(0),
                        slots.get(slots.size() - 1).closes(), Instant.now());
                planned.add(new SequenceScheduler.Planned(e, slots, planner.smsAt(slots)));
            }
            scheduler.schedule(planned);
            return planned.stream().map(p -> p.enrolment().getId()).toList();
        });
    }

    private void at(String instant) {
        clock.use(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private void drain() throws Exception {
        Drain.all(engine, tx, em, tenant, clock.now());
    }

    private String enrolmentStatus(long id) throws Exception {
        return db.in(() -> (String) em.createNativeQuery("SELECT status FROM enrolment WHERE id = ?1").setParameter(1, id).getSingleResult());
    }



}
