package io.relance.application.campaigns;

import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.contacts.AddressBook;
import io.relance.application.contacts.ContactQuery;
import io.relance.application.contacts.ContactRepository;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.contact.Problem;
import io.relance.domain.sequence.BusinessCalendar;
import io.relance.domain.sequence.PressurePolicy;
import io.relance.domain.staff.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses the contacts of a draft campaign, by filters or one by one, and tells how many will be
 * followed up and why the others will not (the pressure policy, read for the whole list at once).
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class TargetingService {

    /** How many targets, how many followed up, and the excluded by reason. */
    public record Summary(long targets, long followed, Map<String, Long> excluded) implements Serializable {

        /** The counts of targets already judged (each carries its exclusion, or none). */
        public static Summary of(List<Target> judged) {
            Map<String, Long> excluded = new TreeMap<>();
            judged.stream().filter(Target::isExcluded).forEach(t -> excluded.merge(t.exclusion(), 1L, Long::sum));
            return new Summary(judged.size(), judged.size() - excluded.values().stream().mapToLong(Long::longValue).sum(), excluded);
        }
    }

    @Inject
    AppClock clock;

    @Inject
    TargetRepository targets;

    @Inject
    ContactRepository contacts;

    @Inject
    CampaignRepository campaigns;

    @Inject
    AddressBook book;

    /** Adds every contact of the filtered list; returns how many were not targeted yet. */
    public long addFiltered(long campaignId, ContactQuery query) {
        draft(campaignId);
        long before = targets.count(campaignId);
        targets.add(campaignId, contacts.ids(query, book.region()), clock.now());
        return targets.count(campaignId) - before;
    }

    public void addOne(long campaignId, long contactId) {
        draft(campaignId);
        contacts.find(contactId).orElseThrow(() -> new NotFoundException("Contact " + contactId));
        targets.add(campaignId, List.of(contactId), clock.now());
    }

    public int remove(long campaignId, List<Long> contactIds) {
        draft(campaignId);
        return targets.remove(campaignId, contactIds);
    }

    /** The chef's choice of a contact's first day (null: the periodicity rule decides). */
    public void startOn(long campaignId, long contactId, LocalDate day) {
        Campaign c = draft(campaignId);
        if (day != null) {
            BusinessCalendar calendar = BusinessCalendar.of(book.region());
            if (day.isBefore(c.getSendDate()) || day.isBefore(clock.today(PhoneNumbers.zoneOfRegion(book.region())))) {
                throw new Refused(List.of(new Problem("startOn", "target.start.past", day.toString())));
            }
            if (!calendar.isBusinessDay(day)) {
                throw new Refused(List.of(new Problem("startOn", "target.start.notBusinessDay", day.toString())));
            }
        }
        if (targets.startOn(campaignId, contactId, day) == 0) {
            throw new NotFoundException("Target " + contactId);
        }
    }

    public List<Target> page(long campaignId, int first, int size) {
        Campaign c = load(campaignId);
        return judge(c, targets.page(campaignId, clock.now(), first, size));
    }

    public long count(long campaignId) {
        load(campaignId);
        return targets.count(campaignId);
    }

    public Summary summary(long campaignId) {
        Campaign c = load(campaignId);
        return Summary.of(judge(c, targets.page(campaignId, clock.now(), -1, 0)));
    }

    /** A draft's targets are judged now; a launched campaign's carry the reason recorded at launch. */
    private List<Target> judge(Campaign c, List<Target> list) {
        if (c.getStatus() != CampaignStatus.DRAFT) {
            return list;
        }
        PressurePolicy policy = campaigns.policy().pressure();
        Instant now = clock.now();
        return list.stream().map(t -> t.withExclusion(policy.exclusion(t.facts(), now).map(Enum::name).orElse(null))).toList();
    }

    private Campaign load(long id) {
        return campaigns.require(id);
    }

    private Campaign draft(long id) {
        Campaign c = load(id);
        if (c.getStatus() != CampaignStatus.DRAFT) {
            throw new Refused("targets", "campaign.launched");
        }
        return c;
    }
}
