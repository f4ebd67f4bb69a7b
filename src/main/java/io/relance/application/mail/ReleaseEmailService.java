package io.relance.application.mail;

import io.relance.application.common.Refused;
import io.relance.application.staff.CurrentStaff;
import io.relance.application.common.AppClock;
import io.relance.application.contacts.AddressBook;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.mail.ReleaseSend;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's release email (subject, text, whether the release is sent by email), when it leaves
 * and moving that until it has left, its preview with a real contact of the campaign, and the
 * agency's email outbox.
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

    @Inject
    AppClock clock;

    @Inject
    AddressBook book;

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

    /** When the release leaves, and whether it can still move. */
    public ReleaseSchedule schedule(long campaignId) {
        Campaign c = campaigns.require(campaignId);
        boolean launched = c.getStatus() != CampaignStatus.DRAFT;
        return new ReleaseSchedule(c.getSendDate(), c.getSendTime(), launched,
                launched && store.releasesGone(campaignId, clock.now()) > 0);
    }

    /**
     * Moves the release to another day and/or time. On a draft it is the campaign's send date and
     * time. Once launched, the release emails not sent yet get their new due time, in each
     * recipient's zone, in one UPDATE; refused once any has left (the list would get it twice
     * over, at two times), when the campaign is over, and when someone would then get a call or the
     * anchor SMS before the release: calls are not shifted behind a chef's back, the chef moves the
     * send earlier or pauses the campaign. Answers how many emails moved.
     */
    public int moveSend(long campaignId, LocalDate date, LocalTime time) {
        List<Problem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(new Problem("sendDate", "campaign.sendDate.required", ""));
        }
        if (time == null) {
            problems.add(new Problem("sendTime", "mail.send.time.required", ""));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Campaign c = campaigns.requireLocked(campaignId);
        if (c.getFollowupStart() != null && c.getFollowupStart().isBefore(date)) {
            throw new Refused("sendDate", "campaign.followupStart.beforeSend");
        }
        if (c.getEventDate() != null && c.getEventDate().isBefore(date)) {
            throw new Refused("sendDate", "campaign.eventDate.beforeSend");
        }
        if (c.getStatus() == CampaignStatus.DRAFT) {
            c.moveSend(date, time);
            return 0;
        }
        if (c.getStatus() != CampaignStatus.RUNNING) {
            throw new Refused("sendDate", "mail.send.over");
        }
        Instant now = clock.now();
        if (store.releasesGone(campaignId, now) > 0) {
            throw new Refused("sendDate", "mail.send.gone");
        }
        ZoneId agencyZone = PhoneNumbers.zoneOfRegion(book.region());
        Map<String, Instant> due = new HashMap<>();
        for (String zone : store.waitingReleaseZones(campaignId)) {
            due.put(zone, ReleaseSend.dueAt(date, time, zone.isEmpty() ? agencyZone : ZoneId.of(zone), now));
        }
        Map<String, Instant> first = store.firstContactPlanned(campaignId);
        for (Map.Entry<String, Instant> e : due.entrySet()) {
            Instant call = first.get(e.getKey());
            if (call != null && ReleaseSend.contactFrom(e.getValue()).isAfter(call)) {
                throw new Refused("sendDate", "mail.send.afterCalls");
            }
        }
        c.moveSend(date, time);
        return store.reschedule(campaignId, due);
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
