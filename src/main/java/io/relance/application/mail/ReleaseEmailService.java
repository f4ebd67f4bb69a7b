package io.relance.application.mail;

import io.relance.application.common.Refused;
import io.relance.application.staff.CurrentStaff;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.contact.Problem;
import io.relance.domain.mail.ReleaseEmail;
import io.relance.domain.staff.Role;
import io.relance.application.campaigns.CampaignRepository;
import io.relance.application.outbox.Channel;
import io.relance.application.outbox.Circuits;
import io.relance.application.outbox.Outage;
import io.relance.application.sms.OutboxRepository;
import io.relance.application.tenant.AgencyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/**
 * A campaign's release email (subject, text, whether it leaves at launch), its preview with a real
 * contact of the campaign, and the agency's email outbox.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class ReleaseEmailService {

    @Inject
    CurrentStaff current;

    @Inject
    AgencyService agency;

    @Inject
    CampaignRepository campaigns;

    @Inject
    OutboxRepository samples;

    @Inject
    MailStore store;

    @Inject
    Circuits circuits;


    public ReleaseEmail read(long campaignId) {
        Campaign c = campaigns.require(campaignId);
        return new ReleaseEmail(c.getEmailSubject(), c.getEmailBody(), c.isEmailAtLaunch());
    }

    public void write(long campaignId, ReleaseEmail email) {
        List<Problem> problems = email.problems();
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        campaigns.require(campaignId).writeEmail(email.subject(), email.body(), email.atLaunch());
    }

    /** The email rendered for the campaign's first contact (by name), or for a sample person. */
    public MailPreview preview(long campaignId, ReleaseEmail email) {
        Campaign c = campaigns.require(campaignId);
        String[] who = samples.sampleContact(campaignId);
        var values = ReleaseMails.values(who[0], who[1], c.getSubject(),
                current.firstName(), agency.name());
        ReleaseEmail e = new ReleaseEmail(email.subject() == null ? "" : email.subject(), email.body() == null ? "" : email.body(), false);
        return new MailPreview((who[0] + " " + who[1]).strip(), e.subjectFor(values), e.bodyFor(values));
    }

    public List<MailRow> page(int first, int size) {
        return store.page(first, size);
    }

    public long count() {
        return store.count();
    }

    /** The agency's email outage (since when, what the server answered), if its circuit is open: emails wait. */
    public Outage outage() {
        return circuits.outage(Channel.EMAIL).orElse(null);
    }
}
