package io.relance.application.campaigns;

import io.relance.application.campaigns.targeting.Board;
import io.relance.application.campaigns.targeting.TargetFacts;
import io.relance.application.common.AppClock;
import io.relance.application.common.NotFoundException;
import io.relance.application.common.Refused;
import io.relance.application.contacts.AddressBook;
import io.relance.application.staff.CurrentStaff;
import io.relance.application.tenant.AgencyRepository;
import io.relance.application.tenant.TenantContext;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.contact.Topics;
import io.relance.domain.sequence.AgencyPolicy;
import io.relance.domain.sequence.BusinessCalendar;
import io.relance.domain.sequence.SequencePlan;
import io.relance.domain.sequence.SlotPlanner;
import io.relance.domain.sequence.StartRule;
import io.relance.domain.staff.Member;
import io.relance.domain.staff.Role;
import io.relance.domain.targeting.CallCapacity;
import io.relance.domain.targeting.CallMode;
import io.relance.domain.targeting.Candidate;
import io.relance.domain.targeting.Reason;
import io.relance.domain.targeting.ScoreWeights;
import io.relance.domain.targeting.Scored;
import io.relance.domain.targeting.Split;
import io.relance.domain.targeting.TargetingScore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is worth a call: scores a draft campaign's targets, splits them between "à appeler" and
 * "envoi seul" by score within the team's free call capacity, keeps what it computed on each
 * target, and takes the chef's moves (pinned: never undone by a new split). At launch the board is
 * settled once more, so that what the bilan compares later is what was decided that day.
 */
@Stateless
@RolesAllowed({Role.CHEF_DE_PROJET_NAME, Role.DIRECTEUR_NAME})
public class SplitService {

    /** The reasons column's size (V35). */
    static final int REASONS_LENGTH = 1000;

    @Inject
    AppClock clock;

    @Inject
    TargetRepository targets;

    @Inject
    CampaignRepository campaigns;

    @Inject
    TargetFacts facts;

    @Inject
    AddressBook book;

    @Inject
    AgencyRepository agencies;

    @Inject
    CurrentStaff staff;

    /** The board of a campaign: a draft is scored and split now (and kept), a launched one read as settled. */
    public Board board(long campaignId) {
        Campaign c = campaigns.require(campaignId);
        Instant now = clock.now();
        if (c.getStatus() != CampaignStatus.DRAFT) {
            return stored(c, now);
        }
        return compute(c, facts.weights(), now, true);
    }

    /** The campaign's topics as typed ("Santé, Tech"). */
    public String topics(long campaignId) {
        return Topics.display(Topics.store(Topics.parse(campaigns.require(campaignId).getTopics())));
    }

    /**
     * The topics the journalists' beats and topics are matched against: cleaned like a contact's
     * (trimmed, no duplicates whatever the case), stored comma-separated; a launched campaign keeps its own.
     */
    public void topics(long campaignId, String text) {
        Campaign c = campaigns.require(campaignId);
        List<String> topics = Topics.parse(text);
        String stored = topics.isEmpty() ? null : String.join(", ", topics);
        if (java.util.Objects.equals(stored, c.getTopics())) {
            return;
        }
        if (c.getStatus() != CampaignStatus.DRAFT) {
            throw new Refused("topics", "campaign.launched");
        }
        if (stored != null && stored.length() > Topics.MAX_LENGTH) {
            throw new Refused("topics", "campaign.topics.long");
        }
        c.setTopics(stored);
    }

    /** Called first thing at launch, in its transaction: the final scores, reasons and modes are written. */
    public void settle(long campaignId, Instant now) {
        Campaign c = campaigns.require(campaignId);
        compute(c, facts.weights(), now, true);
    }

    /** The chef moves people to a group with one click; each move is recorded and pinned. */
    public void move(long campaignId, List<Long> contactIds, CallMode mode) {
        draft(campaignId);
        if (contactIds.isEmpty()) {
            return;
        }
        if (facts.move(campaignId, contactIds, mode, staff.idOrNull(), clock.now()) < contactIds.size()) {
            throw new NotFoundException("Target");
        }
    }

    /** "Tout en envoi seul": the whole list is sent the release only, a move of each. */
    public int allSendOnly(long campaignId) {
        draft(campaignId);
        List<Long> ids = new ArrayList<>();
        for (Target t : targets.page(campaignId, clock.now(), -1, 0)) {
            ids.add(t.contactId());
        }
        return ids.isEmpty() ? 0 : facts.move(campaignId, ids, CallMode.SEND_ONLY, staff.idOrNull(), clock.now());
    }

    /**
     * How a launched or ended campaign's targets would score and split with the directeur's draft
     * weights, from the history known before its launch; nothing is written.
     */
    @RolesAllowed(Role.DIRECTEUR_NAME)
    public Board preview(long campaignId, ScoreWeights weights) {
        Campaign c = campaigns.require(campaignId);
        if (c.getStatus() == CampaignStatus.DRAFT) {
            throw new Refused("campaign", "weights.preview.draft");
        }
        return compute(c, weights, clock.now(), false);
    }

    /**
     * Scores and splits a campaign's targets with the given weights; {@code keep}: writes what changed
     * (a preview on a past campaign keeps nothing, and reads only the history before its launch).
     */
    Board compute(Campaign c, ScoreWeights weights, Instant now, boolean keep) {
        long id = c.getId();
        AgencyPolicy policy = campaigns.policy();
        SequencePlan plan = LaunchService.plan(c, policy, campaigns);
        // a draft's targets are judged now; a launched campaign's carry the reason recorded at launch
        List<Target> list = targets.page(id, now, -1, 0).stream().map(t -> keep
                ? t.withExclusion(policy.pressure().exclusion(t.facts(), now).map(Enum::name).orElse(null)) : t).toList();
        Map<Long, Candidate> candidates = facts.candidates(id, keep ? null : c.getLaunchedAt(), now);
        Map<Long, TargetFacts.Stored> stored = facts.stored(id);
        TargetingScore score = new TargetingScore(weights, Topics.parse(c.getTopics()), c.getSendDate(), language(), now);

        List<Scored> scored = new ArrayList<>(list.size());
        Set<Long> excluded = new HashSet<>();
        Map<Long, CallMode> pinned = new HashMap<>();
        for (Target t : list) {
            Candidate candidate = candidates.get(t.contactId());
            scored.add(candidate == null ? new Scored(t.contactId(), 50, List.of()) : score.score(candidate));
            if (t.isExcluded()) {
                excluded.add(t.contactId());
            }
            TargetFacts.Stored s = stored.get(t.contactId());
            if (keep && s != null && s.pinned()) {
                pinned.put(t.contactId(), s.mode());
            }
        }
        CallCapacity capacity = capacity(c, plan, now, !keep, weights.callsPerCallerPerDay());
        int attempts = attemptsPerContact(plan);
        Split.Result split = Split.place(scored, excluded, pinned, attempts, capacity.free());

        List<Board.Row> rows = new ArrayList<>(list.size());
        Map<Long, TargetFacts.Written> changed = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Target t = list.get(i);
            Scored s = scored.get(i);
            TargetFacts.Stored before = stored.get(t.contactId());
            CallMode mode = split.modes().getOrDefault(t.contactId(), before == null ? CallMode.CALL : before.mode());
            rows.add(new Board.Row(t, s.score(), s.reasons(), mode, pinned.containsKey(t.contactId())));
            String reasons = Reason.format(s.reasons(), REASONS_LENGTH);
            if (before == null || before.mode() != mode || before.score() == null || before.score() != s.score()
                    || !reasons.equals(before.reasons())) {
                changed.put(t.contactId(), new TargetFacts.Written(s.score(), reasons, mode));
            }
        }
        if (keep && !changed.isEmpty()) {
            facts.store(id, changed);
        }
        return new Board(rows, capacity, attempts, c.getStatus() == CampaignStatus.DRAFT);
    }

    /** A launched campaign as settled at its launch: no score is recomputed with today's facts. */
    private Board stored(Campaign c, Instant now) {
        SequencePlan plan = LaunchService.plan(c, campaigns.policy(), campaigns);
        Map<Long, TargetFacts.Stored> stored = facts.stored(c.getId());
        List<Board.Row> rows = new ArrayList<>();
        for (Target t : targets.page(c.getId(), now, -1, 0)) {
            TargetFacts.Stored s = stored.get(t.contactId());
            rows.add(s == null ? new Board.Row(t, null, List.of(), CallMode.CALL, false)
                    : new Board.Row(t, s.score(), Reason.parse(s.reasons()), s.mode(), s.pinned()));
        }
        return new Board(rows, capacity(c, plan, now, true, facts.weights().callsPerCallerPerDay()), attemptsPerContact(plan), false);
    }

    /**
     * The team's free attempts over the sequence's days: the campaign's callers × a caller's day ×
     * the days, less what their other running campaigns hold on those days ({@code past}: nothing is
     * held any more, the preview of a campaign long over).
     */
    private CallCapacity capacity(Campaign c, SequencePlan plan, Instant now, boolean past, int perDay) {
        List<Member> callers = campaigns.callers(c.getId());
        if (callers.isEmpty()) {
            return new CallCapacity(0, perDay, plan.days(), 0);
        }
        String region = book.region();
        ZoneId zone = PhoneNumbers.zoneOfRegion(region);
        SlotPlanner planner = new SlotPlanner(BusinessCalendar.of(region), plan);
        LocalDate start = c.getFollowupStart() != null ? c.getFollowupStart() : c.getSendDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<LocalDate> days = planner.days(past || !start.isBefore(today) ? start : today, StartRule.NEXT_BUSINESS_DAY, null,
                c.getFollowupStart() != null);
        long held = past ? 0 : facts.heldAttempts(c.getId(), callers.stream().map(Member::staffId).toList(),
                days.get(0).atStartOfDay(zone).toInstant(), days.get(days.size() - 1).plusDays(1).atStartOfDay(zone).toInstant());
        return new CallCapacity(callers.size(), perDay, days.size(), held);
    }

    /** The attempts the plan makes to one contact at most: its cap, within its days × slots. */
    static int attemptsPerContact(SequencePlan plan) {
        return Math.min(plan.maxAttempts(), plan.days() * plan.attemptsPerDay());
    }

    private String language() {
        return agencies.find(TenantContext.require()).map(a -> a.getLocale()).orElse("fr");
    }

    private Campaign draft(long id) {
        Campaign c = campaigns.require(id);
        if (c.getStatus() != CampaignStatus.DRAFT) {
            throw new Refused("targets", "campaign.launched");
        }
        return c;
    }
}
