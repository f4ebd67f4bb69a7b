package io.relance.application.campaigns;

import io.relance.application.common.AppClock;
import io.relance.application.common.Refused;
import io.relance.application.contacts.AddressBook;
import io.relance.application.sequence.SequenceScheduler;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.campaign.SequenceTemplate;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.mail.ReleaseSend;
import io.relance.domain.sequence.AgencyPolicy;
import io.relance.domain.sequence.Assignment;
import io.relance.domain.sequence.BusinessCalendar;
import io.relance.domain.sequence.Escalation;
import io.relance.domain.sequence.PlannedSlot;
import io.relance.domain.sequence.PressurePolicy.Exclusion;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.sequence.SlotPlanner;
import io.relance.domain.sequence.StartRule;
import io.relance.domain.sms.QuietHours;
import io.relance.domain.staff.Member;
import io.relance.domain.staff.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Launches a campaign: each target is judged by the pressure policy, planned (its zone, its
 * outlet's periodicity and closing day, the chef's chosen start, the weekly cap over the planned
 * slots), assigned to a caller, and put on the calendar with its steps, and the release emailed
 * through the outbox when the campaign asks for it, all in one transaction. A target "envoi seul"
 * is never enrolled: it gets the release only; no call slot nor SMS comes before a person's release.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class LaunchService {

    /** How many contacts are followed up, how many were left out of the calls, how many get the release only. */
    public record Result(int enrolled, int excluded, int sendOnly) {
    }

    @Inject
    AppClock clock;

    @Inject
    TargetRepository targets;

    @Inject
    CampaignRepository campaigns;

    @Inject
    SequenceScheduler scheduler;

    @Inject
    AddressBook book;

    @Inject
    Event<CampaignLaunched> launched;

    @Inject
    SplitService split;

    public Result launch(long campaignId) {
        Campaign campaign = campaigns.requireLocked(campaignId);
        if (campaign.getStatus() != CampaignStatus.DRAFT) {
            throw new Refused("campaign", "campaign.launched");
        }
        List<Member> members = campaigns.callers(campaignId);
        Instant now = clock.now();
        // the scores, reasons and "à appeler" / "envoi seul" are settled as the chef last saw them
        split.settle(campaignId, now);
        String region = book.region();
        AgencyPolicy policy = campaigns.policy();
        SequencePlan plan = plan(campaign, policy, campaigns);
        Escalation escalation = campaign.getTemplateId() == null ? Escalation.OFF
                : template(campaign, campaigns).escalation();
        SlotPlanner planner = new SlotPlanner(BusinessCalendar.of(region), plan);
        Timing timing = new Timing(planner, campaigns.timing(), targets.hours(campaignId));
        Assignment assignment = assignment(members);
        QuietHours quiet = new QuietHours(BusinessCalendar.of(region));
        Map<Long, List<Instant>> recent = targets.recentAttempts(campaignId, now);
        ZoneId agencyZone = PhoneNumbers.zoneOfRegion(region);

        List<SequenceScheduler.Planned> planned = new ArrayList<>();
        Map<Long, String> excluded = new HashMap<>();
        Set<Long> sendOnly = targets.sendOnly(campaignId);
        List<Target> called = targets.page(campaignId, now, -1, 0).stream().filter(t -> !sendOnly.contains(t.contactId())).toList();
        // nobody to call needs nobody to call them: a campaign "envoi seul" launches without callers
        if (members.isEmpty() && !called.isEmpty()) {
            throw new Refused("members", "campaign.members.none");
        }
        for (Target t : called) {
            var reason = policy.pressure().exclusion(t.facts(), now);
            if (reason.isPresent()) {
                excluded.put(t.contactId(), reason.get().name());
                continue;
            }
            ZoneId zone = t.timeZone() == null ? agencyZone : ZoneId.of(t.timeZone());
            SlotPlanner own = timing.of(t.contactId());
            List<PlannedSlot> slots = slots(campaign, t, own, policy, zone, now);
            Instant contactFrom = null;
            if (campaign.isEmailAtLaunch() && !t.facts().optedOut()) {
                contactFrom = ReleaseSend.contactFrom(ReleaseSend.dueAt(campaign.getSendDate(), campaign.getSendTime(), zone, now));
                slots = afterRelease(slots, contactFrom, own, zone);
            }
            int kept = policy.pressure().slotsWithinCap(slots.stream().map(PlannedSlot::opens).toList(),
                    recent.getOrDefault(t.contactId(), List.of()));
            if (kept == 0) {
                excluded.put(t.contactId(), Exclusion.WEEKLY_CAP.name());
                continue;
            }
            // the journalist asked every agency for at most one follow-up call per release
            slots = slots.subList(0, t.facts().oneCallPerRelease() ? 1 : kept);
            var caller = assignment.callerFor(new Assignment.Contact(t.directeurOwnerId(),
                    t.tier() == io.relance.domain.contact.Tier.A, t.privileged()));
            if (caller.isEmpty()) {
                excluded.put(t.contactId(), Exclusion.NO_CALLER.name());
                continue;
            }
            LocalDate firstDay = slots.get(0).opens().atZone(zone).toLocalDate();
            Instant endsAt = slots.get(slots.size() - 1).closes();
            Enrolment e = new Enrolment(campaignId, t.contactId(), caller.get(), plan, firstDay, endsAt, now);
            e.escalateWith(escalation);
            Instant sms = planner.smsAt(slots);
            if (sms != null && contactFrom != null && sms.isBefore(contactFrom)) {
                sms = contactFrom; // the SMS announces a call about the release: never before the release itself
            }
            planned.add(new SequenceScheduler.Planned(e, slots, sms == null ? null : quiet.nextAllowed(sms, zone)));
        }
        if (planned.isEmpty() && sendOnly.isEmpty()) {
            throw new Refused("targets", "campaign.targets.none");
        }
        targets.markExcluded(campaignId, excluded);
        scheduler.schedule(planned);
        // the release emails are written by their feature, in this transaction: no launch without its emails, nor the reverse
        launched.fire(new CampaignLaunched(campaignId, now, campaign.isEmailAtLaunch()));
        campaign.launch(now);
        return new Result(planned.size(), excluded.size(), sendOnly.size());
    }

    /**
     * The slots that come after the person's release has left ({@link ReleaseSend#after}), applied
     * to what {@link #slots} planned; when the chef's start puts every slot before it, the sequence
     * starts on the day the release leaves.
     */
    private static List<PlannedSlot> afterRelease(List<PlannedSlot> slots, Instant from, SlotPlanner planner, ZoneId zone) {
        List<PlannedSlot> kept = ReleaseSend.after(slots, from);
        if (!kept.isEmpty()) {
            return kept;
        }
        LocalDate day = from.atZone(zone).toLocalDate();
        kept = ReleaseSend.after(planner.slots(planner.days(day, StartRule.NEXT_BUSINESS_DAY, null, true), zone), from);
        return kept.isEmpty() ? ReleaseSend.after(planner.slots(planner.days(day, StartRule.NEXT_BUSINESS_DAY, null, false), zone), from)
                : kept;
    }

    /**
     * The slots of one contact: from the chef's chosen day, else from the follow-up start or the
     * day after the send by the periodicity's rule; never a slot that has already closed. A resumed
     * sequence is planned again by the same rule ({@link HaltService}). {@code planner} is the
     * contact's own ({@link Timing}): its medium's hours and lead, their call windows.
     */
    static List<PlannedSlot> slots(Campaign c, Target t, SlotPlanner planner, AgencyPolicy policy, ZoneId zone, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        StartRule rule = policy.startRules().of(t.periodicity());
        List<LocalDate> days;
        if (t.startOn() != null) {
            days = planner.days(t.startOn(), StartRule.NEXT_BUSINESS_DAY, null, true);
        } else if (c.getFollowupStart() != null) {
            days = planner.days(c.getFollowupStart(), rule, t.closing(), true);
        } else {
            days = planner.days(c.getSendDate(), rule, t.closing(), false);
        }
        if (days.get(0).isBefore(today)) {
            days = planner.days(today, rule, t.closing(), true);
        }
        List<PlannedSlot> slots = planner.slots(days, zone).stream().filter(s -> s.closes().isAfter(now)).toList();
        // launched after the last slot of today: the sequence starts on the next business day
        return slots.isEmpty() ? planner.slots(planner.days(today, rule, t.closing(), false), zone) : slots;
    }

    static SequencePlan plan(Campaign c, AgencyPolicy policy, CampaignRepository campaigns) {
        if (c.getTemplateId() == null) {
            return SequencePlan.PRM_3X3.withCooldown(policy.pressure().cooldownDays());
        }
        return template(c, campaigns).plan();
    }

    /** The campaign's template (one in use is never deleted). */
    private static SequenceTemplate template(Campaign c, CampaignRepository campaigns) {
        return campaigns.template(c.getTemplateId()).orElseThrow();
    }

    private static Assignment assignment(List<Member> members) {
        Map<Long, Assignment.Kind> kinds = new HashMap<>();
        Map<Long, Integer> load = new HashMap<>();
        for (Member m : members) {
            kinds.put(m.staffId(), Assignment.Kind.of(m.role()));
            load.put(m.staffId(), (int) m.load());
        }
        return new Assignment(kinds, load);
    }
}
