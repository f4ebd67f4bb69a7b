package io.relance.infrastructure.demo;

import io.relance.domain.contact.PhoneNumbers;
import io.relance.application.campaigns.CampaignRow;
import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.EnrolmentRow;
import io.relance.application.clientaccess.ClientAccessRepository;
import io.relance.application.clientaccess.ShareLinks;
import io.relance.application.coverage.CoverageService;
import io.relance.domain.clientaccess.ClientViewer;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.coverage.CoverageInput;
import io.relance.domain.coverage.CoverageKind;
import io.relance.domain.coverage.Tone;
import io.relance.domain.sequence.EnrolmentStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the festival's client sees: the coverage Julien recorded (the journalists who said yes or
 * came wrote about it), Marc Durand of the festival as its viewer (client@agence-demo.fr), and a
 * share link. Each part is loaded once, also into a demo agency made by an earlier version.
 */
@Stateless
@PermitAll
@RunAs("chef-de-projet")
@RunAsPrincipal("chef@agence-demo.fr")
public class DemoClientSide {

    static final String VIEWER = "client@agence-demo.fr";

    private static final String[][] PIECES = {
            {"Jazz en Seine : la soirée presse qui donne le ton", "ARTICLE", "POSITIVE", "48000"},
            {"« On joue pour le fleuve » : entretien avec la tête d'affiche", "INTERVIEW", "POSITIVE", "120000"},
            {"Les festivals de l'automne", "MENTION", "NEUTRAL", ""},
    };

    @Inject
    CampaignService campaigns;

    @Inject
    CoverageService coverage;

    @Inject
    ClientAccessRepository access;

    @Inject
    ShareLinks links;

    public void load() {
        CampaignRow festival = campaigns.page(CampaignStatus.DONE, 0, 10).stream()
                .filter(c -> c.subject().startsWith("Soirée presse du Festival")).findFirst().orElse(null);
        if (festival == null) {
            return;
        }
        if (coverage.of(festival.id()).isEmpty()) {
            coverage(festival);
        }
        if (access.viewerByEmail(VIEWER).isEmpty()) {
            long client = campaigns.summary(festival.id()).draft().clientId();
            access.add(new ClientViewer(client, null, VIEWER, "Marc", "Durand", Instant.now()));
            links.create(festival.id(), LocalDate.now(PhoneNumbers.HOME).plusDays(30));
        }
    }

    private void coverage(CampaignRow festival) {
        List<EnrolmentRow> answered = campaigns.enrolments(festival.id(), 0, 100).stream()
                .filter(e -> e.status() == EnrolmentStatus.CLOSED_YES || e.status() == EnrolmentStatus.CLOSED_REGISTERED)
                .toList();
        LocalDate today = LocalDate.now(PhoneNumbers.HOME);
        for (int i = 0; i < PIECES.length; i++) {
            String[] p = PIECES[i];
            Long journalist = i < answered.size() ? answered.get(i).contactId() : null;
            coverage.add(festival.id(), new CoverageInput(null, journalist, today.minusDays(6 - 2L * i), p[0],
                    i == 2 ? null : "https://www.example.org/culture/jazz-en-seine-" + (i + 1), CoverageKind.valueOf(p[1]),
                    p[3].isEmpty() ? null : Long.valueOf(p[3]), Tone.valueOf(p[2])));
        }
    }
}
