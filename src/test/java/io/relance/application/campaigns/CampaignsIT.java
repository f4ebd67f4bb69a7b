package io.relance.application.campaigns;

import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.Day;
import io.relance.application.journee.QueueItem;
import io.relance.application.sequence.SequenceEngine;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.sequence.Outcome;
import io.relance.domain.tenant.Agency;
import io.relance.it.Deployments;
import io.relance.it.Drain;
import io.relance.it.InTenant;
import io.relance.it.TenantSql;
import io.relance.it.RunAsChef;
import io.relance.it.RunAsStagiaire;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Targeting, launch and "Ma journée" on the real database with the clock moved by hand: who calls
 * whom, the periodicity rules, the excluded contacts and why, the weekly cap across two campaigns,
 * reassignment, and a stagiaire's day.
 */
@ExtendWith(ArquillianExtension.class)
class CampaignsIT {

    /** Monday 23 November 2026: follow-ups run Tuesday to Thursday (Paris). */
    static final LocalDate SEND = LocalDate.of(2026, 11, 23);

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(CampaignsIT.class, RunAsChef.class, RunAsStagiaire.class, InTenant.class, TenantSql.class, Drain.class);
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
    CampaignService campaigns;

    @Inject
    TargetingService targeting;

    @Inject
    LaunchService launcher;

    @Inject
    CallQueue queue;

    @Inject
    RunAsChef chef;

    @Inject
    RunAsStagiaire stagiaire;

    @Inject
    TenantSql db;

    String tenant;
    long directeur;
    long chefId;
    long s1;
    long s2;
    long daily;
    long weekly;
    long client;

    @BeforeEach
    void agency() throws Exception {
        tenant = "camp-" + UUID.randomUUID().toString().substring(0, 8);
        db.use(tenant);
        at("2026-11-23T12:00:00Z");
        db.in(() -> {
            em.persist(new Agency(tenant, "Agence " + tenant, "FR", "fr", Instant.now()));
            return null;
        });
        directeur = staff("dir@x.fr", "DIRECTEUR");
        chefId = staff("chef@x.fr", "CHEF_DE_PROJET");
        s1 = staff(RunAsStagiaire.EMAIL, "STAGIAIRE");
        s2 = staff("s2@x.fr", "STAGIAIRE");
        daily = insert("INSERT INTO outlet (tenant_id, name, periodicity, created_at) VALUES (?1, 'Le Quotidien', 'QUOTIDIEN', NOW(3))");
        weekly = insert("INSERT INTO outlet (tenant_id, name, periodicity, closing_weekday, created_at) "
                + "VALUES (?1, 'L''Hebdo', 'HEBDOMADAIRE', 3, NOW(3))"); // closes on Wednesdays
        client = as(() -> campaigns.createClient("Marque " + tenant));
    }

    @AfterEach
    void realTime() {
        clock.use(Clock.systemUTC());
    }

    @Test
    void launchAssignsEachContactToTheRightCallerAndFollowsThePeriodicity() throws Exception {
        long owned = contact("Owned", null, directeur, false, daily);
        long tierA = contact("Premium", "A", null, false, daily);
        long secret = contact("Secret", null, chefId, true, daily);
        long w = contact("Hebdo", null, null, false, weekly);
        List<Long> plain = List.of(contact("Un", null, null, false, daily), contact("Deux", null, null, false, daily),
                contact("Trois", null, null, false, daily), contact("Quatre", null, null, false, null));
        long campaign = campaign(List.of(chefId, s1, s2));
        as(() -> targeting.addFiltered(campaign, io.relance.application.contacts.ContactQuery.all()));

        LaunchService.Result result = as(() -> launcher.launch(campaign));
        assertEquals(8, result.enrolled());
        assertEquals(0, result.excluded());
        assertEquals(directeur, callerOf(campaign, owned), "the directeur's own contact stays with the directeur");
        assertEquals(chefId, callerOf(campaign, tierA), "tier A goes to the chef de projet");
        assertEquals(chefId, callerOf(campaign, secret), "a privileged contact never goes to a stagiaire");
        long toS1 = db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND caller_id = " + s1);
        long toS2 = db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND caller_id = " + s2);
        assertEquals(5, toS1 + toS2);
        assertTrue(Math.abs(toS1 - toS2) <= 1, "stagiaires balanced by load: " + toS1 + "/" + toS2);

        assertEquals(List.of("2026-11-24", "2026-11-25", "2026-11-26"), days(campaign, plain.get(0)), "a daily: next business days");
        assertEquals(List.of("2026-11-26", "2026-11-27", "2026-11-30"), days(campaign, w),
                "a weekly closing on Wednesday: neither its closing day nor the business day before (issue 19's default lead)");
        assertEquals(9L, db.count("SELECT COUNT(*) FROM call_task t JOIN enrolment e ON e.id = t.enrolment_id "
                + "WHERE t.tenant_id = ?1 AND e.contact_id = " + plain.get(3)));
        assertThrows(Refused.class, () -> as(() -> launcher.launch(campaign)), "launched once only");
    }

    @Test
    void excludedContactsAreListedWithTheirReasonBeforeAndAfterTheLaunch() throws Exception {
        long ok = contact("Libre", null, null, false, daily);
        long optedOut = contact("Parti", null, null, false, daily);
        long dnc = contact("Silence", null, null, false, daily);
        long cooling = contact("Repos", null, null, false, daily);
        long busy = contact("Occupé", null, null, false, daily);
        long noPhone = insert("INSERT INTO contact (tenant_id, last_name, created_at, updated_at) VALUES (?1, 'Muet', NOW(3), NOW(3))");
        db.sqlNow("UPDATE contact SET opted_out = TRUE WHERE id = " + optedOut);
        db.sqlNow("UPDATE contact SET do_not_call = TRUE WHERE id = " + dnc);
        db.sqlNow("UPDATE contact SET cooldown_until = '2026-12-10 00:00:00' WHERE id = " + cooling);
        long other = campaign(List.of(s1));
        as(() -> {
            targeting.addOne(other, busy);
            return launcher.launch(other);
        });

        long campaign = campaign(List.of(s1));
        as(() -> targeting.addFiltered(campaign, io.relance.application.contacts.ContactQuery.all()));
        TargetingService.Summary summary = as(() -> targeting.summary(campaign));
        assertEquals(6, summary.targets());
        assertEquals(1, summary.followed());
        assertEquals(Map.of("OPTED_OUT", 1L, "DO_NOT_CALL", 1L, "NO_PHONE", 1L, "COOLDOWN", 1L, "ACTIVE_SEQUENCE", 1L),
                summary.excluded());

        assertEquals(1, as(() -> launcher.launch(campaign)).enrolled());
        List<Target> after = as(() -> targeting.page(campaign, 0, 50));
        assertEquals("ACTIVE_SEQUENCE", after.stream().filter(t -> t.contactId() == busy).findFirst().orElseThrow().exclusion());
        assertEquals("NO_PHONE", after.stream().filter(t -> t.contactId() == noPhone).findFirst().orElseThrow().exclusion());
        assertEquals(null, after.stream().filter(t -> t.contactId() == ok).findFirst().orElseThrow().exclusion());
    }

    @Test
    void theWeeklyCapHoldsAcrossTwoCampaigns() throws Exception {
        db.sqlNow("INSERT INTO agency_policy (tenant_id, max_attempts_7_days, cooldown_days, start_rules) VALUES ('" + tenant + "', 4, 30, '')");
        long k = contact("Sollicité", null, null, false, daily);
        long fresh = contact("Tranquille", null, null, false, daily);
        long first = campaign(List.of(s1));
        as(() -> {
            targeting.addOne(first, k);
            return launcher.launch(first);
        });
        // Tuesday: two slots unanswered, then "non" in the third: three attempts, the sequence closes
        call("2026-11-24T08:40:00Z", Outcome.NO_ANSWER);
        call("2026-11-24T13:10:00Z", Outcome.NO_ANSWER);
        call("2026-11-24T15:40:00Z", Outcome.NO);

        at("2026-11-24T17:30:00Z");
        long second = campaign(List.of(s1), LocalDate.of(2026, 11, 24));
        as(() -> {
            targeting.addOne(second, k);
            targeting.addOne(second, fresh);
            return launcher.launch(second);
        });
        assertEquals(1L, db.count("SELECT COUNT(*) FROM call_task t JOIN enrolment e ON e.id = t.enrolment_id WHERE t.tenant_id = ?1 "
                + "AND e.campaign_id = " + second + " AND e.contact_id = " + k), "3 attempts this week + 1 slot = the cap of 4");
        assertEquals(4L, db.count("SELECT COUNT(*) FROM call_task t JOIN enrolment e ON e.id = t.enrolment_id WHERE t.tenant_id = ?1 "
                + "AND e.campaign_id = " + second + " AND e.contact_id = " + fresh), "a contact never called gets up to the cap");
    }

    @Test
    void aStagiaireWorksTheirOwnDayAndNeverSeesAnotherCallersCalls() throws Exception {
        for (String name : List.of("Alpha", "Bravo", "Charlie", "Delta")) {
            contact(name, null, null, false, daily);
        }
        long secret = contact("Secret", null, directeur, true, daily);
        long campaign = campaign(List.of(s1, s2));
        as(() -> targeting.addFiltered(campaign, io.relance.application.contacts.ContactQuery.all()));
        as(() -> launcher.launch(campaign));

        at("2026-11-23T15:00:00Z");
        assertTrue(mine().calls().isEmpty(), "nothing to call on the send day");
        at("2026-11-24T08:40:00Z");
        Drain.all(engine, tx, em, tenant, clock.now());
        Day day = mine();
        assertEquals(LocalDate.of(2026, 11, 24), day.date());
        assertEquals(6, day.calls().size(), "two contacts × three slots today");
        assertEquals(2, day.openNow());
        assertTrue(day.calls().stream().allMatch(c -> c.callerId() == s1));
        for (int i = 1; i < day.calls().size(); i++) {
            assertFalse(day.calls().get(i).opensAt().isBefore(day.calls().get(i - 1).opensAt()), "in order");
        }
        assertFalse(day.calls().get(0).overdue());
        assertEquals(5L, db.count("SELECT COUNT(*) FROM sms_outbox WHERE tenant_id = ?1"), "one anchor SMS per sequence, before the first call");
        String sms = db.in(() -> (String) em.createNativeQuery("SELECT body FROM sms_outbox WHERE tenant_id = ?1 LIMIT 1")
                .setParameter(1, tenant).getSingleResult());
        assertTrue(sms.startsWith("Bonjour Jo, ") && sms.contains("\"Lancement " + tenant + "\"") && sms.contains("aujourd'hui"), sms);
        at("2026-11-24T09:20:00Z");
        assertTrue(mine().calls().get(0).overdue(), "open for 50 minutes and not called");

        long othersTask = db.count("SELECT t.id FROM call_task t WHERE t.tenant_id = ?1 AND t.caller_id = " + s2 + " LIMIT 1");
        assertThrows(NotFoundException.class, () -> asStagiaire(() -> queue.card(othersTask)));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> asStagiaire(() -> queue.of(s2)));
        long secretTask = db.count("SELECT t.id FROM call_task t JOIN enrolment e ON e.id = t.enrolment_id WHERE t.tenant_id = ?1 "
                + "AND e.contact_id = " + secret + " LIMIT 1");
        assertThrows(NotFoundException.class, () -> asStagiaire(() -> queue.card(secretTask)));
        long secretEnrolment = db.count("SELECT id FROM enrolment WHERE tenant_id = ?1 AND contact_id = " + secret);
        assertThrows(Refused.class, () -> as(() -> {
            campaigns.reassign(secretEnrolment, s1);
            return null;
        }), "a privileged contact is never given to a stagiaire");

        QueueItem first = mine().calls().get(0);
        var card = asStagiaire(() -> queue.card(first.taskId()));
        assertEquals("Lancement " + tenant, card.call().campaign());
        assertEquals("Le message clé", card.keyMessage());
        assertEquals(io.relance.domain.sequence.EnrolmentStatus.ACTIVE,
                asStagiaire(() -> queue.log(first.taskId(), Outcome.VOICEMAIL, null)).status());
        Day after = mine();
        assertEquals(1, after.done(), "the call is done");
        assertTrue(after.calls().stream().noneMatch(c -> c.taskId() == first.taskId()), "and leaves the queue");
        assertEquals(Outcome.VOICEMAIL, asStagiaire(() -> queue.card(after.calls().stream()
                .filter(c -> c.enrolmentId() == first.enrolmentId()).findFirst().orElseThrow().taskId())).history().get(0).outcome(),
                "the next call of the same contact shows the attempt before");

        String elsewhere = "autre-" + UUID.randomUUID().toString().substring(0, 8);
        for (Callable<?> foreign : List.<Callable<?>>of(() -> queue.card(othersTask),
                () -> queue.log(othersTask, Outcome.YES, null), () -> campaigns.summary(campaign),
                () -> targeting.page(campaign, 0, 10), () -> launcher.launch(campaign))) {
            assertThrows(NotFoundException.class, () -> asChefOf(elsewhere, foreign),
                    "another agency's call, campaign or targets are not found");
        }

        long plainEnrolment = db.count("SELECT id FROM enrolment WHERE tenant_id = ?1 AND caller_id = " + s2 + " LIMIT 1");
        as(() -> {
            campaigns.reassign(plainEnrolment, s1);
            return null;
        });
        assertEquals(0L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND enrolment_id = " + plainEnrolment
                + " AND status IN ('PLANNED','OPEN') AND caller_id <> " + s1), "the calls to make follow the new caller");
    }

    @Test
    void aStagiaireCannotLogAnOutcomeOnAPrivilegedContactAsTheQueueHidesIt() throws Exception {
        long vip = contact("Vip", null, null, false, daily);
        long campaign = campaign(List.of(s1));
        as(() -> targeting.addFiltered(campaign, io.relance.application.contacts.ContactQuery.all()));
        as(() -> launcher.launch(campaign));
        at("2026-11-24T08:40:00Z");
        Drain.all(engine, tx, em, tenant, clock.now());
        QueueItem open = mine().calls().stream().filter(QueueItem::isOpen).findFirst().orElseThrow();
        assertEquals(vip, open.contactId());

        // marked privileged once the calls were assigned: the task is still the stagiaire's
        db.in(() -> em.createNativeQuery("UPDATE contact SET privileged = TRUE WHERE tenant_id = ?1 AND id = " + vip)
                .setParameter(1, tenant).executeUpdate());
        assertTrue(mine().calls().isEmpty(), "the queue no longer shows it to the stagiaire");
        var refused = assertThrows(io.relance.application.sequence.ReservedContactException.class,
                () -> asStagiaire(() -> queue.log(open.taskId(), Outcome.YES, null)));
        assertEquals("attempt.privileged", refused.key());
        assertEquals(0L, db.count("SELECT COUNT(*) FROM attempt WHERE tenant_id = ?1"), "nothing logged");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND status = 'OPEN' AND id = " + open.taskId()),
                "the call is still to make, by senior staff");

        assertEquals(io.relance.domain.sequence.EnrolmentStatus.ACTIVE, as(() -> queue.log(open.taskId(), Outcome.VOICEMAIL, null)).status(),
                "a chef de projet logs it");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM attempt WHERE tenant_id = ?1"));
    }

    private Day mine() throws Exception {
        return asStagiaire(() -> queue.today());
    }

    /** Moves to a moment in an open slot and logs the outcome of the open call as the stagiaire. */
    private void call(String instant, Outcome outcome) throws Exception {
        at(instant);
        Drain.all(engine, tx, em, tenant, clock.now());
        QueueItem open = mine().calls().stream().filter(QueueItem::isOpen).findFirst().orElseThrow();
        asStagiaire(() -> queue.log(open.taskId(), outcome, null));
    }

    private long campaign(List<Long> members) throws Exception {
        return campaign(members, SEND);
    }

    private long campaign(List<Long> members, LocalDate send) throws Exception {
        return as(() -> {
            long id = campaigns.create(new CampaignDraft(client, CampaignKind.PRESS_RELEASE, "Lancement " + tenant,
                    "Le message clé", "Bonjour, ...", send, null, null, null, null));
            campaigns.setMembers(id, members);
            return id;
        });
    }

    private long callerOf(long campaign, long contact) throws Exception {
        return db.count("SELECT caller_id FROM enrolment WHERE tenant_id = ?1 AND campaign_id = " + campaign + " AND contact_id = " + contact);
    }

    @SuppressWarnings("unchecked")
    private List<String> days(long campaign, long contact) throws Exception {
        return db.in(() -> ((List<Object>) em.createNativeQuery("SELECT DISTINCT DATE(CONVERT_TZ(t.opens_at, '+00:00', '+01:00')) "
                        + "FROM call_task t JOIN enrolment e ON e.id = t.enrolment_id WHERE t.tenant_id = ?1 AND e.campaign_id = "
                        + campaign + " AND e.contact_id = " + contact + " ORDER BY 1").setParameter(1, tenant).getResultList())
                .stream().map(Object::toString).toList());
    }

    private long staff(String email, String role) throws Exception {
        return insert("INSERT INTO staff_member (tenant_id, email, first_name, last_name, role, created_at) "
                + "VALUES (?1, '" + email + "', 'Prénom', '" + role + "', '" + role + "', NOW(3))");
    }

    private long contact(String name, String tier, Long owner, boolean privileged, Long outlet) throws Exception {
        return insert("INSERT INTO contact (tenant_id, last_name, first_name, tier, mobile, owner_id, privileged, outlet_id, "
                + "created_at, updated_at) VALUES (?1, '" + name + "', 'Jo', " + (tier == null ? "NULL" : "'" + tier + "'")
                + ", '+336" + (10000000 + (long) (Math.random() * 89999999)) + "', " + owner + ", " + privileged + ", " + outlet
                + ", NOW(3), NOW(3))");
    }

    private long insert(String sql) throws Exception {
        return db.in(() -> {
            em.createNativeQuery(sql).setParameter(1, tenant).executeUpdate();
            return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        });
    }

    private void at(String instant) {
        clock.use(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }




    private <T> T as(Callable<T> work) throws Exception {
        return asChefOf(tenant, work);
    }

    private <T> T asChefOf(String agency, Callable<T> work) {
        return InTenant.run(agency, () -> chef.call(work));
    }

    private <T> T asStagiaire(Callable<T> work) {
        return InTenant.run(tenant, () -> stagiaire.call(work));
    }
}
