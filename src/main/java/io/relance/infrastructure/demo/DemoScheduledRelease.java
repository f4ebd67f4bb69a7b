package io.relance.infrastructure.demo;

import io.relance.application.campaigns.CampaignService;
import io.relance.application.campaigns.LaunchService;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.mail.ReleaseEmailService;
import io.relance.application.contacts.ContactService;
import io.relance.domain.contact.ContactInput;
import io.relance.domain.campaign.CampaignDraft;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.contact.Tier;
import io.relance.domain.mail.ReleaseEmail;
import io.relance.domain.sequence.BusinessCalendar;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A release launched today for the next business day at 10:00: two design journalists of its own
 * are called after it, the agency's tier A journalists (already followed up by the running
 * campaign, so not called again) get it too. Its emails show on the outbox as "programmé pour"
 * their send time, and the chef can still move them from the campaign page.
 */
@Stateless
@PermitAll
@RunAs("chef-de-projet")
@RunAsPrincipal("chef@agence-demo.fr")
public class DemoScheduledRelease {

    @Inject
    CampaignService campaigns;

    @Inject
    TargetingService targeting;

    @Inject
    LaunchService launcher;

    @Inject
    ReleaseEmailService releaseEmail;

    @Inject
    ContactService contacts;

    public void load(BusinessCalendar calendar, LocalDate today, List<Long> team) {
        LocalDate send = calendar.after(today, d -> false);
        long client = campaigns.createClient("Atelier Verre");
        long id = campaigns.create(new CampaignDraft(client, CampaignKind.PRESS_RELEASE, "Atelier Verre — une boutique à Paris",
                "La verrerie lyonnaise ouvre sa première boutique parisienne, rue de Charonne.", null, send, null, null, null, null));
        campaigns.setMembers(id, team);
        releaseEmail.write(id, new ReleaseEmail("Atelier Verre ouvre rue de Charonne",
                "Bonjour {prenom},\n\nAtelier Verre ouvre sa première boutique parisienne, rue de Charonne : "
                        + "pièces soufflées à Lyon, ateliers ouverts au public le samedi.\n\nVisite presse sur simple réponse.\n\n"
                        + "Bien à vous,\n{appelant}, {agence}", true));
        releaseEmail.moveSend(id, send, LocalTime.of(10, 0));
        for (String[] who : new String[][]{{"Claire", "Vasseur", "+33646778899", "claire.vasseur@deco-demo.fr"},
                {"Yann", "Le Goff", "+33646990011", "yann.legoff@deco-demo.fr"}}) {
            long contact = contacts.create(new ContactInput(null, who[0], who[1], "Design", null, "design", null, null, who[2], who[3],
                    null, null, "fr", null, null, null, "intérêt légitime", "2025-09-01", "Annuaire presse", "false", null,
                    "false", null), false);
            targeting.addOne(id, contact);
        }
        targeting.addFiltered(id, new ContactQuery(null, Tier.A, null, null, null, null, null, null, ContactQuery.Sort.NAME, true));
        launcher.launch(id);
    }
}
