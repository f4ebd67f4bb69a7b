package io.relance.infrastructure.demo;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactRow;
import io.relance.application.contacts.ContactService;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.staff.Member;
import io.relance.domain.staff.Role;
import io.relance.infrastructure.persistence.evidence.PastCampaigns;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo agency's history for "do follow-ups work?" (issue 19): three press releases of the last
 * months, done, for one client of their own. The oldest predates scores (everyone called, "sans score");
 * in the two others the people scoring 50 or more were called and the others sent the release only.
 * Called people answer and get coverage more often, so that on the directeur's dashboard the answers
 * settle the question while coverage and each score band say "pas assez de données". Written straight as
 * finished sequences ({@link PastCampaigns}): deterministic, from the address book's order, and small.
 */
@Stateless
@PermitAll
@RunAs("chef-de-projet")
@RunAsPrincipal("chef@agence-demo.fr")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoEvidence {

    /** A called person's attempts, cycled ('+': coverage obtained): 3 in 8 covered, 6 in 8 answered. */
    private static final String[] CALLED = {"Y+", "NO", "NNV", "NY+", "VNR+", "O", "NNY", "NVN"};

    private static final int PLAN_ATTEMPTS = 3;
    private static final String CLIENT = "Théâtre des Célestins";

    @Inject
    CampaignService campaigns;

    @Inject
    ContactService contacts;

    @Inject
    PastCampaigns history;

    public void load() {
        List<ContactRow> book = contacts.page(ContactQuery.all(), 0, 18);
        long caller = campaigns.staff().stream().filter(m -> m.role() == Role.CHEF_DE_PROJET).map(Member::staffId).findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(PhoneNumbers.HOME);
        history.write(CLIENT, "Célestins — présentation de saison", today.minusDays(120), caller, PLAN_ATTEMPTS, targets(book, 0));
        history.write(CLIENT, "Célestins — création de printemps", today.minusDays(90), caller, PLAN_ATTEMPTS, targets(book, 1));
        history.write(CLIENT, "Célestins — festival d'été", today.minusDays(60), caller, PLAN_ATTEMPTS, targets(book, 2));
    }

    /** Campaign {@code k}'s targets: all called and unscored for the first, split by score for the others. */
    private static List<PastCampaigns.Target> targets(List<ContactRow> book, int k) {
        List<PastCampaigns.Target> targets = new ArrayList<>();
        for (int i = 0; i < book.size(); i++) {
            long id = book.get(i).id();
            Integer score = k == 0 ? null : 15 + (i * 37 + k * 11) % 85;
            if (score != null && score < 50) {
                // sent the release only: now and then an article or an SMS reply comes anyway
                targets.add(new PastCampaigns.Target(id, true, score, reasons(score), null, null, i % 6 == 2, i % 6 == 4 ? 2 : null, false));
            } else if (k == 2 && i == 1) {
                // the weekly cap kept one out at launch
                targets.add(new PastCampaigns.Target(id, false, score, reasons(score), null, "WEEKLY_CAP", false, null, false));
            } else {
                String script = CALLED[(i + k) % CALLED.length];
                targets.add(new PastCampaigns.Target(id, false, score, reasons(score), script.replace("+", ""), null,
                        script.endsWith("+"), null, false));
            }
        }
        return targets;
    }

    private static String reasons(Integer score) {
        if (score == null) {
            return null;
        }
        return score >= 70 ? "Rubrique proche du sujet · a déjà repris nos communiqués"
                : score >= 50 ? "Rubrique proche du sujet" : "Rubrique éloignée · appelé récemment";
    }
}
