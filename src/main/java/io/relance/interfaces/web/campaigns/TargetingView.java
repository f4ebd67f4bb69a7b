package io.relance.interfaces.web.campaigns;

import io.relance.application.campaigns.Target;
import io.relance.application.campaigns.TargetingService;
import io.relance.application.common.Bounds;
import io.relance.application.common.Refused;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactService;
import io.relance.domain.contact.OutletType;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Tier;
import io.relance.interfaces.web.session.Messages;
import io.relance.interfaces.web.session.Picks;
import io.relance.interfaces.web.session.PageModel;
import io.relance.interfaces.web.session.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The targeting of a campaign: add contacts by filters or one by one, see how many will be
 * followed up and why the others will not, and set a contact's own start day.
 */
@Named
@ViewScoped
public class TargetingView implements Serializable {

    @Inject
    TargetingService targeting;

    @Inject
    ContactService contacts;

    @Inject
    CampaignView campaign;

    private String text;
    private OutletType outletType;
    private Periodicity periodicity;
    private Tier tier;
    private String topic;
    /** The picked suggestion, "Marie Dupont — Le Monde #42": the id closes it. */
    private String contact;
    private TargetingService.Summary summary;
    /** The start day shown in each row, by contact id (filled from the page read). */
    private final Map<Long, Object> starts = new HashMap<>();
    private final PageModel<Target> model = new PageModel<>((first, size) -> remember(targeting.page(campaign.getId(), first, size)),
            () -> targeting.count(campaign.getId()), Target::contactId);

    private List<Target> remember(List<Target> rows) {
        rows.forEach(t -> starts.put(t.contactId(), t.startOn()));
        return rows;
    }

    public TargetingService.Summary getSummary() {
        if (summary == null && campaign.getId() != null) {
            summary = targeting.summary(campaign.getId());
        }
        return summary;
    }

    public void addFiltered() {
        ContactQuery q = new ContactQuery(text, tier, topic, null, outletType, periodicity, null, null, ContactQuery.Sort.NAME, true);
        try {
            long added = targeting.addFiltered(campaign.getId(), q);
            Messages.info("target.added", added);
            summary = null;
        } catch (Refused e) {
            Refusals.show(e, "targeting");
        }
    }

    public void addOne() {
        Long picked = Picks.id(contact);
        if (picked == null) {
            Messages.error(null, "target.pick");
            return;
        }
        try {
            targeting.addOne(campaign.getId(), picked);
            Messages.info("target.addedOne", Picks.label(contact));
            contact = null;
            summary = null;
        } catch (Refused e) {
            Refusals.show(e, "targeting");
        }
    }

    public void remove(Target t) {
        targeting.remove(campaign.getId(), List.of(t.contactId()));
        summary = null;
        Messages.info("target.removed", t.name());
    }

    public void startOn(Target t) {
        try {
            targeting.startOn(campaign.getId(), t.contactId(), day(starts.get(t.contactId())));
            Messages.info("target.start.saved", t.name());
        } catch (Refused e) {
            Refusals.show(e, "targeting");
        }
    }

    /** The picker's value: a map entry has no declared type, so the picker may hand back any of these. */
    private static LocalDate day(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        }
        return value == null || value.toString().isBlank() ? null : LocalDate.parse(value.toString().strip());
    }

    public List<String> suggest(String prefix) {
        return Picks.contacts(contacts, prefix);
    }

    public OutletType[] getOutletTypes() { return OutletType.values(); }
    public Periodicity[] getPeriodicities() { return Periodicity.values(); }
    public Tier[] getTiers() { return Tier.values(); }
    public PageModel<Target> getModel() { return model; }
    public Map<Long, Object> getStarts() { return starts; }
    public String getText() { return text; }
    public void setText(String text) { this.text = Bounds.cut(text); }
    public OutletType getOutletType() { return outletType; }
    public void setOutletType(OutletType outletType) { this.outletType = outletType; }
    public Periodicity getPeriodicity() { return periodicity; }
    public void setPeriodicity(Periodicity periodicity) { this.periodicity = periodicity; }
    public Tier getTier() { return tier; }
    public void setTier(Tier tier) { this.tier = tier; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = Bounds.cut(topic); }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
}
