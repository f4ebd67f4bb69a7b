package io.relance.application.sms;

import io.relance.application.common.Refused;
import io.relance.application.staff.CurrentStaff;
import io.relance.application.outbox.Channel;
import io.relance.application.outbox.Circuits;
import io.relance.application.outbox.Outage;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.contact.Problem;
import io.relance.domain.sms.SmsTemplate;
import io.relance.domain.sms.SmsText;
import io.relance.domain.staff.Role;
import io.relance.application.tenant.AgencyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * A campaign's anchor SMS: its text (validated: known variables only), a live preview with a real
 * contact of the campaign, and the outbox where messages wait (the default channel when no SMS
 * provider is configured).
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class AnchorSmsService {

    @Inject
    CurrentStaff current;

    @Inject
    AgencyService agency;

    @Inject
    OutboxRepository outbox;

    @Inject
    SmsStore store;

    @Inject
    Circuits circuits;

    @Inject
    io.relance.application.campaigns.CampaignRepository campaigns;


    /** The campaign's text, else its sequence template's, else the default one. */
    public String text(long campaignId) {
        Campaign c = load(campaignId);
        return c.getSmsTemplate() != null ? c.getSmsTemplate() : inherited(c);
    }

    /** What a campaign sends without a text of its own: its template's, else the default. */
    private String inherited(Campaign c) {
        String fromTemplate = c.getTemplateId() == null ? null : campaigns.template(c.getTemplateId())
                .map(io.relance.domain.campaign.SequenceTemplate::getSmsTemplate).orElse(null);
        return fromTemplate == null ? SmsTemplate.DEFAULT.text() : fromTemplate;
    }

    public void write(long campaignId, String text) {
        List<Problem> problems = new SmsTemplate(text).problems();
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Campaign c = load(campaignId);
        c.writeSms(inherited(c).equals(text.strip()) ? null : text); // the inherited text stays inherited
    }

    /** The text rendered for the campaign's first contact (by name), or for a sample person. */
    public SmsPreview preview(long campaignId, String text) {
        Campaign c = load(campaignId);
        String[] who = outbox.sampleContact(campaignId);
        String caller = current.firstName();
        String body = SmsTemplate.orDefault(text).render(Map.of("prenom", who[0], "nom", who[1], "sujet", c.getSubject(),
                "appelant", caller, "agence", agency.name(), "delai", "demain", "horizon", "d'ici 48h"));
        return new SmsPreview((who[0] + " " + who[1]).strip(), body, SmsText.of(body));
    }

    /** The agency's SMS outage (since when, what the gateway answered), if its circuit is open: messages wait, calls go on. */
    public Outage outage() {
        return circuits.outage(Channel.SMS).orElse(null);
    }

    public List<OutboxRow> page(int first, int size) {
        return store.page(first, size);
    }

    public long count() {
        return store.count();
    }

    private Campaign load(long id) {
        return campaigns.require(id);
    }
}
