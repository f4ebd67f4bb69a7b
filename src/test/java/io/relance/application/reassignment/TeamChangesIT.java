package io.relance.application.reassignment;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.LaunchService;
import io.relance.application.campaigns.PolicyService;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.QueueItem;
import io.relance.application.sequence.SequenceEngine;
import io.relance.application.team.Invitation;
import io.relance.application.team.TeamService;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.sequence.Escalation;
import io.relance.domain.sequence.Outcome;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.staff.Role;
import io.relance.domain.tenant.Agency;
import io.relance.it.Deployments;
import io.relance.it.Drain;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.RunAsDirecteur;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Team changes on the real stack (database, Keycloak, engine with its clock moved by hand): a
 * member disabled or demoted hands their running calls over by the launch's rule, a manual or
 * bulk reassignment follows that rule too, and a template's escalation gives the remaining calls
 * to a chef de projet. Follow-ups run Tuesday 24 to Thursday 26 November 2026 (Paris).
 */
@ExtendWith(ArquillianExtension.class)
class TeamChangesIT {

    static final LocalDate SEND = LocalDate.of(2026, 11, 23);

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(TeamChangesIT.class, TenantSql.class, RunAsChef.class, RunAsDirecteur.class,
                RunAsStagiaire.class, InTenant.class, Drain.class);
    }

    @Inject
    TenantSql db;

    @Inject
    AppClock clock;

    @Inject
    SequenceEngine engine;

    @Inject
    TeamService team;

    @Inject
    CampaignService campaigns;

    @Inject
    TargetingService targeting;

    @Inject
    LaunchService launcher;

    @Inject
    PolicyService policies;

    @Inject
    BulkReassignService bulk;

    @Inject
    CallQueue queue;

    @Inject
    RunAsDirecteur directeurRole;

    @Inject
    RunAsChef chefRole;

    @Inject
    RunAsStagiaire stagiaireRole;

    String tenant;
    long directeur;
    long client;

    @BeforeEach
    void agency() throws Exception {
        tenant = "team-" + UUID.randomUUID().toString().substring(0, 8);
        db.use(tenant);
        at(Instant.parse("2026-11-23T12:00:00Z"));
        db.in(() -> {
            db.em().persist(new Agency(tenant, "Agence " + tenant, "FR", "fr", Instant.now()));
            return null;
        });
        directeur = staff(RunAsDirecteur.EMAIL, "Dora", "DIRECTEUR");
        client = asChef(() -> campaigns.createClient("Marque " + tenant));
    }

    @AfterEach
    void realTime() {
        clock.use(Clock.systemUTC());
    }

    @Test
    void disablingAStagiaireHandsHerCallsOverByTheRuleAndTellsTheDirecteurHowMany() throws Exception {
        long lea = invite("Léa", Role.STAGIAIRE);
        long hugo = invite("Hugo", Role.STAGIAIRE);
        long paul = staff("paul@" + tenant + ".test", "Paul", "CHEF_DE_PROJET");
        for (String name : List.of("Un", "Deux", "Trois", "Quatre")) {
            contact(name, null, null, false);
        }
        long campaign = launch(List.of(lea, hugo, paul), null);
        assertEquals(2L, enrolmentsOf(lea), "two plain contacts each");
        // one of Léa's journalists became tier A after the launch: a stagiaire's queue may still hold it
        long upgraded = db.count("SELECT contact_id FROM enrolment WHERE tenant_id = ?1 AND caller_id = " + lea + " LIMIT 1");
        db.in(() -> {
            db.sql("UPDATE contact SET tier = 'A' WHERE tenant_id = ?1 AND id = " + upgraded);
            return null;
        });

        Handover handover = asDirecteur(() -> team.setEnabled(lea, false));
        assertEquals(2, handover.total(), "both of Léa's running follow-ups moved");
        assertEquals(Map.of(hugo, 1, paul, 1), handover.moved().stream()
                .collect(Collectors.toMap(Handover.Moved::callerId, Handover.Moved::count)));
        assertEquals(paul, callerOf(campaign, upgraded), "the tier A contact to the chef de projet");
        assertEquals(3L, enrolmentsOf(hugo), "the plain one to the other stagiaire");
        assertEquals(1L, enrolmentsOf(paul));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND caller_id = " + lea
                + " AND status IN ('PLANNED','OPEN')"), "no call left to a disabled member");
        assertEquals(0L, enrolmentsOf(lea));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id "
                + "AND e.id = t.enrolment_id WHERE t.tenant_id = ?1 AND t.caller_id <> e.caller_id AND t.status IN ('PLANNED','OPEN')"),
                "every call to make follows its follow-up's caller");
    }

    @Test
    void demotingAChefHandsTierACallsToAnotherChefThenToTheDirecteurNeverToAStagiaire() throws Exception {
        long paul = invite("Paul", Role.CHEF_DE_PROJET);
        long claire = invite("Claire", Role.CHEF_DE_PROJET);
        long lea = staff("lea@" + tenant + ".test", "Léa", "STAGIAIRE");
        contact("Premium1", "A", null, false);
        contact("Premium2", "A", null, false);
        long plain = contact("Simple", null, null, false);
        long campaign = launch(List.of(paul, claire, lea), null);
        assertEquals(lea, callerOf(campaign, plain));
        // Paul took over a plain contact by hand: allowed, and a stagiaire may keep it
        long plainEnrolment = enrolmentOf(campaign, plain);
        asChef(() -> {
            campaigns.reassign(plainEnrolment, paul);
            return null;
        });
        assertEquals(2L, enrolmentsOf(paul), "one tier A and the plain one");

        Handover demoted = asDirecteur(() -> team.changeRole(paul, Role.STAGIAIRE));
        assertEquals(1, demoted.total());
        assertEquals(claire, demoted.moved().get(0).callerId(), "his tier A call goes to the other chef de projet");
        assertEquals(1, demoted.kept(), "the plain contact stays with him: a stagiaire may call it");
        assertEquals(2L, enrolmentsOf(claire));

        Handover second = asDirecteur(() -> team.changeRole(claire, Role.STAGIAIRE));
        assertEquals(Map.of(directeur, 2), second.moved().stream()
                .collect(Collectors.toMap(Handover.Moved::callerId, Handover.Moved::count)), "no chef left: the directeur");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM enrolment e JOIN contact c ON c.tenant_id = e.tenant_id "
                + "AND c.id = e.contact_id WHERE e.tenant_id = ?1 AND c.tier = 'A' AND e.caller_id IN (" + paul + "," + claire + "," + lea + ")"),
                "no tier A follow-up with a stagiaire");
    }

    @Test
    void aManualReassignmentFollowsTheLaunchRule() throws Exception {
        long lea = staff(RunAsStagiaire.EMAIL, "Léa", "STAGIAIRE");
        long paul = staff("paul@" + tenant + ".test", "Paul", "CHEF_DE_PROJET");
        long owned = contact("Proche", null, directeur, false); // the directeur's, not flagged privileged
        long campaign = launch(List.of(lea, paul), null);
        long enrolment = enrolmentOf(campaign, owned);
        assertEquals(directeur, callerOf(campaign, owned));

        Refused refused = assertThrows(Refused.class, () -> asChef(() -> {
            campaigns.reassign(enrolment, lea);
            return null;
        }));
        assertEquals("assignment.refused.DIRECTEUR_CONTACT", refused.problems().get(0).key());
        assertEquals(directeur, callerOf(campaign, owned), "nothing moved");
        asChef(() -> {
            campaigns.reassign(enrolment, paul);
            return null;
        });
        assertEquals(paul, callerOf(campaign, owned), "a chef de projet may take it");
    }

    @Test
    void bulkReassignmentMovesTuesdayToWednesdayAndListsTheRefusedCalls() throws Exception {
        long lea = staff(RunAsStagiaire.EMAIL, "Léa", "STAGIAIRE");
        long hugo = staff("hugo@" + tenant + ".test", "Hugo", "STAGIAIRE");
        long paul = staff("paul@" + tenant + ".test", "Paul", "CHEF_DE_PROJET");
        long a = contact("Alpha", null, null, false);
        long b = contact("Bravo", null, null, false);
        long c = contact("Charlie", null, null, false);
        long campaign = launch(List.of(lea, paul), null);
        assertEquals(3L, enrolmentsOf(lea));
        db.in(() -> {
            db.sql("UPDATE contact SET privileged = TRUE WHERE tenant_id = ?1 AND id = " + c); // flagged after the launch
            return null;
        });

        BulkResult result = asChef(() -> bulk.reassign(lea, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25), hugo));
        assertEquals(12, result.moved().size(), "two contacts × three calls × Tuesday and Wednesday");
        assertEquals(6, result.refused().size());
        assertTrue(result.refused().stream().allMatch(l -> "assignment.refused.PRIVILEGED".equals(l.refusal())
                && l.contact().contains("Charlie")), result.refused().toString());
        assertEquals(12L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND caller_id = " + hugo));
        assertEquals(6L + 9L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND caller_id = " + lea),
                "Thursday's calls of Alpha and Bravo and every call of Charlie stay with Léa");
        assertEquals(lea, callerOf(campaign, a), "Léa keeps the follow-ups: only the period is lent");

        BulkResult rest = asChef(() -> bulk.reassign(lea, LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26), hugo));
        assertEquals(6, rest.moved().size());
        assertEquals(3, rest.refused().size());
        assertEquals(hugo, callerOf(campaign, b), "every call moved: the follow-up follows");
        assertEquals(lea, callerOf(campaign, c));

        assertThrows(Refused.class, () -> asChef(() -> bulk.reassign(lea, LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 11, 24), hugo)), "the end before the start");
        assertThrows(EJBAccessException.class, () -> asStagiaire(() -> bulk.reassign(lea, SEND, SEND, hugo)));
        String elsewhere = "autre-" + UUID.randomUUID().toString().substring(0, 8);
        assertThrows(NotFoundException.class, () -> InTenant.run(elsewhere, () -> chefRole.call(
                () -> bulk.reassign(lea, SEND, SEND, hugo))), "another agency's caller");
        long alpha = enrolmentOf(campaign, a);
        assertThrows(NotFoundException.class, () -> InTenant.run(elsewhere, () -> chefRole.call(() -> {
            campaigns.reassign(alpha, hugo);
            return null;
        })), "another agency's follow-up");
        // a chef de projet may take any call, the privileged one too
        assertTrue(asChef(() -> bulk.reassign(hugo, SEND, LocalDate.of(2026, 11, 27), paul)).refused().isEmpty());
    }

    @Test
    void afterNUnansweredAttemptsTheRemainingCallsGoToAChefDeProjet() throws Exception {
        long lea = staff(RunAsStagiaire.EMAIL, "Léa", "STAGIAIRE");
        long paul = staff("paul@" + tenant + ".test", "Paul", "CHEF_DE_PROJET");
        long claire = staff("claire@" + tenant + ".test", "Claire", "CHEF_DE_PROJET");
        long zoe = contact("Zoé", null, null, false);
        Refused invalid = assertThrows(Refused.class, () -> asDirecteur(() -> policies.saveTemplate(null,
                "Trop tard", SequencePlan.PRM_3X3, null, new Escalation(9))));
        assertEquals("sequence.escalation.range", invalid.problems().get(0).key(), "at least one attempt must be left");
        long template = asDirecteur(() -> policies.saveTemplate(null, "PRM escalade", SequencePlan.PRM_3X3, null, new Escalation(2)));
        long campaign = launch(List.of(lea, paul, claire), template);
        assertEquals(lea, callerOf(campaign, zoe));
        long enrolment = enrolmentOf(campaign, zoe);
        // the template changes later: the running sequence keeps the rule it was launched with
        asDirecteur(() -> policies.saveTemplate(template, "PRM escalade", SequencePlan.PRM_3X3, null, Escalation.OFF));

        call("2026-11-24T08:40:00Z", Outcome.NO_ANSWER);
        assertEquals(lea, callerOf(campaign, zoe), "one unanswered attempt: still Léa's");
        call("2026-11-24T13:10:00Z", Outcome.VOICEMAIL);
        long senior = callerOf(campaign, zoe);
        assertEquals(paul, senior, "a chef de projet of the campaign, the least loaded (ties: the first)");
        assertTrue(claire > paul);
        assertEquals(7L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND enrolment_id = " + enrolment
                + " AND status IN ('PLANNED','OPEN') AND caller_id = " + senior), "the seven remaining attempts");
        assertEquals(2L, db.count("SELECT COUNT(*) FROM call_task WHERE tenant_id = ?1 AND enrolment_id = " + enrolment
                + " AND caller_id = " + lea), "Léa keeps the two calls she made");
        assertEquals(1L, db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND id = " + enrolment
                + " AND escalated_at IS NOT NULL"));
        assertTrue(asStagiaire(() -> queue.today()).calls().stream().noneMatch(q -> q.enrolmentId() == enrolment),
                "gone from Léa's day");
        Refused back = assertThrows(Refused.class, () -> asChef(() -> {
            campaigns.reassign(enrolment, lea);
            return null;
        }));
        assertEquals("assignment.refused.ESCALATED", back.problems().get(0).key(), "never back to a stagiaire");
    }

    /** Moves to a moment in an open slot and logs the outcome of Léa's open call. */
    private void call(String instant, Outcome outcome) throws Exception {
        at(Instant.parse(instant));
        Drain.all(engine, db.tx(), db.em(), tenant, clock.now());
        QueueItem open = asStagiaire(() -> queue.today()).calls().stream().filter(QueueItem::isOpen).findFirst().orElseThrow();
        asStagiaire(() -> queue.log(open.taskId(), outcome, null));
    }

    private long launch(List<Long> members, Long template) throws Exception {
        return asChef(() -> {
            long id = campaigns.create(new CampaignDraft(client, CampaignKind.PRESS_RELEASE, "Lancement " + tenant,
                    "Le message clé", null, SEND, null, null, null, template));
            campaigns.setMembers(id, members);
            targeting.addFiltered(id, ContactQuery.all());
            launcher.launch(id);
            return id;
        });
    }

    /** A member with a real Keycloak account, invited by the directeur (a team change reaches Keycloak). */
    private long invite(String firstName, Role role) throws Exception {
        String email = firstName.toLowerCase().replace('é', 'e') + "@" + tenant + ".test";
        return asDirecteur(() -> team.invite(new Invitation(firstName, "Test", email, role))).memberId();
    }

    private long staff(String email, String firstName, String role) throws Exception {
        return db.in(() -> {
            db.sql("INSERT INTO staff_member (tenant_id, email, first_name, last_name, role, created_at) "
                    + "VALUES (?1, '" + email + "', '" + firstName + "', 'Test', '" + role + "', NOW(3))");
            return ((Number) db.em().createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        });
    }

    private long contact(String name, String tier, Long owner, boolean privileged) throws Exception {
        return db.in(() -> {
            db.sql("INSERT INTO contact (tenant_id, last_name, first_name, tier, mobile, owner_id, privileged, created_at, updated_at) "
                    + "VALUES (?1, '" + name + "', 'Jo', " + (tier == null ? "NULL" : "'" + tier + "'") + ", '+336"
                    + (10000000 + (long) (Math.random() * 89999999)) + "', " + owner + ", " + privileged + ", NOW(3), NOW(3))");
            return ((Number) db.em().createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        });
    }

    private long callerOf(long campaign, long contact) {
        return db.count("SELECT caller_id FROM enrolment WHERE tenant_id = ?1 AND campaign_id = " + campaign + " AND contact_id = " + contact);
    }

    private long enrolmentOf(long campaign, long contact) {
        return db.count("SELECT id FROM enrolment WHERE tenant_id = ?1 AND campaign_id = " + campaign + " AND contact_id = " + contact);
    }

    private long enrolmentsOf(long caller) {
        return db.count("SELECT COUNT(*) FROM enrolment WHERE tenant_id = ?1 AND caller_id = " + caller
                + " AND status IN ('SCHEDULED','ACTIVE','CALLBACK')");
    }

    private void at(Instant instant) {
        clock.use(Clock.fixed(instant, ZoneOffset.UTC));
    }

    private <T> T asDirecteur(Callable<T> work) {
        return InTenant.run(tenant, () -> directeurRole.call(work));
    }

    private <T> T asChef(Callable<T> work) {
        return InTenant.run(tenant, () -> chefRole.call(work));
    }

    private <T> T asStagiaire(Callable<T> work) {
        return InTenant.run(tenant, () -> stagiaireRole.call(work));
    }
}
