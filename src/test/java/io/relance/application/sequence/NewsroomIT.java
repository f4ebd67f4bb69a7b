package io.relance.application.sequence;

import io.relance.application.bilan.BilanLine;
import io.relance.application.bilan.BilanService;
import io.relance.application.campaigns.PolicyService;
import io.relance.application.journee.CallQueue;
import io.relance.application.journee.Card;
import io.relance.domain.sequence.AgencyPolicy;
import io.relance.domain.sequence.NewsroomRule;
import io.relance.domain.sequence.Outcome;
import io.relance.it.Deployments;
import io.relance.it.Drain;
import io.relance.it.InTenant;
import io.relance.it.RunAsChef;
import io.relance.it.RunAsDirecteur;
import io.relance.it.RunAsStagiaire;
import io.relance.it.TenantSql;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newsroom answers once: Zoé of Libération says yes, so Marc, her colleague followed up in the
 * same campaign, is not called again (covered by a colleague, no cooldown), unless the agency
 * chose to keep calling or to leave it to the chef. A "no" changes nothing for Marc; Paul of Le
 * Monde is never concerned; another agency's Libération neither. The bilan counts newsrooms.
 */
@ExtendWith(ArquillianExtension.class)
class NewsroomIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.relance().addClasses(NewsroomIT.class, NewsroomFixture.class, NewsroomFixture.Newsroom.class, MondayLaunch.class,
                TenantSql.class, RunAsChef.class, RunAsDirecteur.class, RunAsStagiaire.class, InTenant.class, Drain.class);
    }

    @Inject
    NewsroomFixture f;

    @Inject
    TenantSql db;

    @Inject
    RunAsChef chef;

    @Inject
    RunAsDirecteur directeur;

    @Inject
    RunAsStagiaire lea;

    @Inject
    CallQueue queue;

    @Inject
    PolicyService policies;

    @Inject
    BilanService bilans;

    @AfterEach
    void clockBack() {
        f.clockBack();
    }

    @Test
    void aYesClosesTheColleaguesSequencesAsCoveredWithoutCooldownAndOnlyInThisAgency() throws Exception {
        NewsroomFixture.Newsroom a = f.launch("newsa");
        NewsroomFixture.Newsroom b = f.launch("newsb");
        as(a, lea, () -> queue.log(f.openCall(a, a.zoe()), Outcome.YES, null));

        assertTrue(f.day(a).stream().noneMatch(c -> c.contactId() == a.marc()), "Marc is not called again for this release");
        assertTrue(f.day(a).stream().anyMatch(c -> c.contactId() == a.paul()), "Paul, of another outlet, still is");
        db.use(a.tenant());
        assertEquals("CLOSED_COVERED|Couvert par un collègue : Zoé Alpha a répondu oui", db.text("SELECT CONCAT(status, '|', "
                + "closed_reason) FROM enrolment WHERE tenant_id = ?1 AND contact_id = " + a.marc()));
        assertEquals(0L, db.count("SELECT COUNT(*) FROM contact WHERE tenant_id = ?1 AND cooldown_until IS NOT NULL"),
                "covered is not a non-answer: no cooldown");
        assertEquals(0L, db.count("SELECT COUNT(*) FROM due_step s JOIN enrolment e ON e.id = s.ref_id WHERE s.tenant_id = ?1 "
                + "AND s.kind = 'SEQUENCE_END' AND e.contact_id = " + a.marc() + " AND s.status = 'PENDING'"), "nothing left to run for him");

        BilanLine total = as(a, chef, () -> bilans.of(a.campaign())).total();
        assertEquals(1, total.getCovered());
        assertEquals(0, total.getNonPrioritaires());
        assertEquals(2, total.getOutlets(), "Libération and Le Monde followed up");
        assertEquals(1, total.getOutletsReached(), "Libération reached");

        assertEquals(3, f.day(b).stream().filter(c -> c.contactId() == b.marc()).count(),
                "the other agency's Marc of its own Libération keeps his three calls of the day");
    }

    @Test
    void aNoChangesNothingForTheColleagueWhoseCardSaysWhatTheNewsroomAnswered() throws Exception {
        NewsroomFixture.Newsroom a = f.launch("newsno");
        as(a, lea, () -> queue.log(f.openCall(a, a.zoe()), Outcome.NO, null));
        long marcsCall = f.openCall(a, a.marc());
        Card card = as(a, chef, () -> queue.card(marcsCall));
        assertEquals(1, card.newsroom().size());
        NewsroomNote note = card.newsroom().get(0);
        assertEquals("Zoé Alpha", note.colleague());
        assertEquals("Libération", note.outlet());
        assertEquals(Outcome.NO, note.outcome());
        assertEquals("Léa", note.caller());
        assertFalse(card.askChef());
        assertTrue(as(a, chef, () -> queue.card(f.openCall(a, a.paul()))).newsroom().isEmpty(), "Le Monde heard nothing");
    }

    @Test
    void theAgencyMayKeepCallingOrLeaveItToTheChef() throws Exception {
        NewsroomFixture.Newsroom keep = f.launch("newskeep");
        rule(keep, NewsroomRule.KEEP);
        as(keep, lea, () -> queue.log(f.openCall(keep, keep.zoe()), Outcome.REGISTERED, null));
        Card marc = as(keep, chef, () -> queue.card(f.openCall(keep, keep.marc())));
        assertEquals(Outcome.REGISTERED, marc.newsroom().get(0).outcome(), "kept calling, and told");
        assertFalse(marc.askChef());

        NewsroomFixture.Newsroom ask = f.launch("newsask");
        rule(ask, NewsroomRule.ASK);
        as(ask, lea, () -> queue.log(f.openCall(ask, ask.zoe()), Outcome.YES, null));
        assertTrue(as(ask, chef, () -> queue.card(f.openCall(ask, ask.marc()))).askChef(), "the caller checks with the chef first");
    }

    private void rule(NewsroomFixture.Newsroom n, NewsroomRule rule) {
        as(n, directeur, () -> {
            AgencyPolicy p = policies.policy();
            policies.savePolicy(new AgencyPolicy(p.pressure(), p.startRules(), rule));
            return null;
        });
        assertEquals(rule, as(n, chef, () -> policies.policy()).newsroom());
    }

    private <T> T as(NewsroomFixture.Newsroom n, Object who, Callable<T> work) {
        return InTenant.run(n.tenant(), () -> who instanceof RunAsChef c ? c.call(work)
                : who instanceof RunAsStagiaire s ? s.call(work) : ((RunAsDirecteur) who).call(work));
    }
}
