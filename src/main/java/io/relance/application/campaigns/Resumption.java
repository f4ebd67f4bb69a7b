package io.relance.application.campaigns;

import io.relance.application.contacts.AddressBook;
import io.relance.application.sequence.SequenceScheduler;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.sequence.AgencyPolicy;
import io.relance.domain.sequence.BusinessCalendar;
import io.relance.domain.sequence.PlannedSlot;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.sequence.SlotPlanner;
import io.relance.domain.sequence.StartRule;
import io.relance.domain.sms.QuietHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans paused sequences again, in the caller's transaction: each one's remaining attempts (its
 * maximum minus the attempts made) from the next allowed slot, by the launch's own rules and code
 * ({@link LaunchService#slots}: business days and holidays, slots in the contact's zone, the
 * periodicity's start rule, closing days), at least the minimum gap after the last attempt, within
 * the agency's weekly cap; then the anchor SMS if it never left. A sequence the cap leaves no slot
 * for stays paused, to be resumed later; it loses nothing meanwhile.
 */
@ApplicationScoped
public class Resumption {

    /** Enough days to place a sequence's remaining attempts even when days are cut short. */
    private static final int MAX_EXTENSIONS = 10;

    @Inject
    CampaignRepository campaigns;

    @Inject
    TargetRepository targets;

    @Inject
    HaltStore store;

    @Inject
    SequenceScheduler scheduler;

    @Inject
    AddressBook book;

    HaltService.Result resume(Campaign c, List<Long> enrolmentIds, Instant now, String who, String why) {
        if (enrolmentIds.isEmpty()) {
            return new HaltService.Result(0, 0);
        }
        List<Enrolment> paused = store.lockPaused(enrolmentIds);
        String region = book.region();
        AgencyPolicy policy = campaigns.policy();
        SequencePlan plan = LaunchService.plan(c, policy, campaigns);
        QuietHours quiet = new QuietHours(BusinessCalendar.of(region));
        ZoneId agencyZone = PhoneNumbers.zoneOfRegion(region);
        Map<Long, Target> byContact = targets.page(c.getId(), now, -1, 0).stream()
                .collect(Collectors.toMap(Target::contactId, Function.identity(), (a, b) -> a));
        Map<Long, List<Instant>> recent = targets.recentAttempts(c.getId(), now);
        List<Long> hadSms = store.withAnchorSms(paused.stream().map(Enrolment::getId).toList());
        var timing = campaigns.timing();
        var hours = targets.hours(c.getId());

        List<SequenceScheduler.Planned> planned = new ArrayList<>();
        int left = 0;
        for (Enrolment e : paused) {
            Target t = byContact.get(e.getContactId());
            int remaining = e.state().remainingAttempts(e.getMaxAttempts());
            if (t == null || remaining == 0) {
                left++;
                continue;
            }
            // the sequence's own gap and maximum (kept on it at launch); the template's days and slots
            SequencePlan own = new SequencePlan(plan.days(), plan.slots(), Duration.ofMinutes(e.getMinGapMinutes()),
                    e.getMaxAttempts(), plan.smsDay(), plan.smsLead(), e.getCooldownDays());
            // the contact's medium hours and own windows, as at launch (issue 19)
            SlotPlanner planner = new SlotPlanner(BusinessCalendar.of(region), own)
                    .forContact(timing, hours.getOrDefault(e.getContactId(), io.relance.domain.sequence.ContactHours.NONE));
            ZoneId zone = t.timeZone() == null ? agencyZone : ZoneId.of(t.timeZone());
            List<Instant> past = recent.getOrDefault(e.getContactId(), List.of());
            Instant notBefore = past.stream().max(Comparator.naturalOrder()).map(a -> a.plus(own.minGap()))
                    .filter(a -> a.isAfter(now)).orElse(now);
            List<PlannedSlot> slots = slots(c, t, planner, policy, zone, notBefore, remaining);
            int kept = policy.pressure().slotsWithinCap(slots.stream().map(PlannedSlot::opens).toList(), past);
            if (kept == 0) {
                left++;
                continue;
            }
            slots = slots.subList(0, kept);
            e.resumed(e.state().resume(), slots.get(slots.size() - 1).closes(), now, who, why);
            Instant sms = hadSms.contains(e.getId()) ? null : planner.smsAt(slots);
            planned.add(new SequenceScheduler.Planned(e, slots, sms == null ? null : quiet.nextAllowed(sms, zone)));
        }
        store.releaseForResume(planned.stream().map(p -> p.enrolment().getId()).toList(), now);
        scheduler.replan(planned);
        return new HaltService.Result(planned.size(), left);
    }

    /**
     * The launch's slots from {@code notBefore}, continued over the next business days until the
     * remaining attempts fit (a sequence resumed late in a day would otherwise lose some), cut to
     * them; a slot already open starts at {@code notBefore}.
     */
    static List<PlannedSlot> slots(Campaign c, Target t, SlotPlanner planner, AgencyPolicy policy, ZoneId zone,
                                   Instant notBefore, int remaining) {
        List<PlannedSlot> slots = new ArrayList<>(LaunchService.slots(c, t, planner, policy, zone, notBefore));
        for (int i = 0; i < MAX_EXTENSIONS && slots.size() < remaining; i++) {
            PlannedSlot last = slots.get(slots.size() - 1);
            LocalDate lastDay = last.opens().atZone(zone).toLocalDate();
            for (PlannedSlot s : planner.slots(planner.days(lastDay, StartRule.NEXT_BUSINESS_DAY, t.closing(), false), zone)) {
                slots.add(new PlannedSlot(last.day() + s.day(), s.slot(), s.opens(), s.closes()));
            }
        }
        List<PlannedSlot> cut = new ArrayList<>(Math.min(remaining, slots.size()));
        for (PlannedSlot s : slots.subList(0, Math.min(remaining, slots.size()))) {
            cut.add(s.opens().isBefore(notBefore) ? new PlannedSlot(s.day(), s.slot(), notBefore, s.closes()) : s);
        }
        return cut;
    }
}
