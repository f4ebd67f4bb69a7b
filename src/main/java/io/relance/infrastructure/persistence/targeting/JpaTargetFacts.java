package io.relance.infrastructure.persistence.targeting;

import io.relance.application.campaigns.targeting.TargetFacts;
import io.relance.application.tenant.TenantContext;
import io.relance.domain.contact.ClosingDay;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Tier;
import io.relance.domain.contact.Topics;
import io.relance.domain.targeting.CallMode;
import io.relance.domain.targeting.Candidate;
import io.relance.domain.targeting.ScoreWeights;
import io.relance.infrastructure.persistence.JdbcBatch;
import io.relance.infrastructure.persistence.JpaAdapter;
import io.relance.infrastructure.persistence.PreferenceSql;
import io.relance.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The targeting score's facts for a whole campaign in four grouped queries (the targets with their
 * outlet; their earlier enrolments; their coverage; the agency's calls of the last four weeks), each
 * starting from the campaign's targets on (tenant_id, campaign_id), so the cost follows the list, not
 * the agency's history.
 */
@ApplicationScoped
public class JpaTargetFacts extends JpaAdapter implements TargetFacts {

    private static final String TARGETS = "FROM campaign_target t JOIN contact c ON c.tenant_id = t.tenant_id AND c.id = t.contact_id ";
    private static final String OF_CAMPAIGN = "WHERE t.tenant_id = :tenant AND t.campaign_id = :campaign ";
    /** Earlier campaigns: launched before the given instant, the campaign itself never. */
    private static final String EARLIER = "AND p.id <> :campaign AND p.launched_at IS NOT NULL AND p.launched_at < :before ";

    @Override
    public Map<Long, Candidate> candidates(long campaignId, Instant historyBefore, Instant now) {
        Timestamp before = Timestamp.from(historyBefore == null ? Instant.parse("9999-01-01T00:00:00Z") : historyBefore);
        Map<Long, Candidate.History> history = history(campaignId, before);
        Map<Long, Integer> calls = new HashMap<>();
        for (Object[] r : rows(sql("SELECT a.contact_id, COUNT(*) FROM campaign_target t "
                        + "JOIN attempt a ON a.tenant_id = t.tenant_id AND a.contact_id = t.contact_id " + OF_CAMPAIGN
                        + "AND a.made_at > :since AND a.made_at <= :now GROUP BY a.contact_id")
                .setParameter("campaign", campaignId).setParameter("since", Timestamp.from(now.minus(Duration.ofDays(28))))
                .setParameter("now", Timestamp.from(now)))) {
            calls.put(Rows.lng(r[0]), Rows.integer(r[1]));
        }
        Map<Long, Candidate> candidates = new HashMap<>();
        for (Object[] r : rows(sql("SELECT t.contact_id, c.beat, c.topics, o.topics, c.tier, o.periodicity, o.closing_weekday, "
                        + "o.closing_month_day, c.language, c.cooldown_until, " + PreferenceSql.ONE_CALL + " " + TARGETS
                        + "LEFT JOIN outlet o ON o.tenant_id = c.tenant_id AND o.id = c.outlet_id " + OF_CAMPAIGN + "AND c.erased_at IS NULL")
                .setParameter("campaign", campaignId))) {
            long id = Rows.lng(r[0]);
            List<String> topics = new ArrayList<>(Topics.read((String) r[2]));
            topics.addAll(Topics.read((String) r[3]));
            Integer weekday = r[6] == null ? null : Rows.integer(r[6]);
            Integer monthDay = r[7] == null ? null : Rows.integer(r[7]);
            ClosingDay closing = weekday != null ? new ClosingDay(DayOfWeek.of(weekday), null)
                    : monthDay != null ? new ClosingDay(null, monthDay) : null;
            candidates.put(id, new Candidate(id, (String) r[1], topics, r[4] == null ? null : Tier.valueOf(r[4].toString().strip()),
                    r[5] == null ? null : Periodicity.valueOf((String) r[5]), closing, (String) r[8], history.get(id),
                    calls.getOrDefault(id, 0), Rows.instant(r[9]), Rows.bool(r[10])));
        }
        return candidates;
    }

    /** Earlier enrolments (pick-ups, yes) and coverage, by contact: two grouped queries. */
    private Map<Long, Candidate.History> history(long campaignId, Timestamp before) {
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] r : rows(sql("SELECT e.contact_id, COUNT(*), SUM(CASE WHEN e.pick_ups > 0 THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN e.status IN ('CLOSED_YES', 'CLOSED_REGISTERED', 'CLOSED_COVERED') THEN 1 ELSE 0 END) "
                        + "FROM campaign_target t JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.contact_id = t.contact_id "
                        + "JOIN campaign p ON p.tenant_id = e.tenant_id AND p.id = e.campaign_id " + OF_CAMPAIGN + EARLIER
                        + "GROUP BY e.contact_id").setParameter("campaign", campaignId).setParameter("before", before))) {
            counts.put(Rows.lng(r[0]), new int[]{Rows.integer(r[1]), Rows.integer(r[2]), Rows.integer(r[3]), 0});
        }
        for (Object[] r : rows(sql("SELECT v.contact_id, COUNT(*) FROM campaign_target t JOIN coverage v "
                        + "ON v.tenant_id = t.tenant_id AND v.contact_id = t.contact_id "
                        + "JOIN campaign p ON p.tenant_id = v.tenant_id AND p.id = v.campaign_id " + OF_CAMPAIGN + EARLIER
                        + "GROUP BY v.contact_id").setParameter("campaign", campaignId).setParameter("before", before))) {
            counts.computeIfAbsent(Rows.lng(r[0]), k -> new int[4])[3] = Rows.integer(r[1]);
        }
        Map<Long, Candidate.History> history = new HashMap<>();
        counts.forEach((id, n) -> history.put(id, new Candidate.History(n[0], n[1], n[2], n[3])));
        return history;
    }

    @Override
    public Map<Long, Stored> stored(long campaignId) {
        Map<Long, Stored> stored = new HashMap<>();
        for (Object[] r : rows(sql("SELECT t.contact_id, t.call_mode, t.pinned, t.score, t.reasons FROM campaign_target t "
                + OF_CAMPAIGN).setParameter("campaign", campaignId))) {
            stored.put(Rows.lng(r[0]), new Stored(CallMode.parse((String) r[1]), Rows.bool(r[2]),
                    r[3] == null ? null : Rows.integer(r[3]), (String) r[4]));
        }
        return stored;
    }

    @Override
    public void store(long campaignId, Map<Long, Written> rows) {
        String tenant = TenantContext.require();
        JdbcBatch.run(em, "UPDATE campaign_target SET score = ?, reasons = ?, call_mode = ? WHERE tenant_id = ? AND campaign_id = ? "
                + "AND contact_id = ?", rows.entrySet(), (ps, e) -> {
                    ps.setInt(1, e.getValue().score());
                    ps.setString(2, e.getValue().reasons());
                    ps.setString(3, e.getValue().mode().name());
                    ps.setString(4, tenant);
                    ps.setLong(5, campaignId);
                    ps.setLong(6, e.getKey());
                });
    }

    @Override
    public long heldAttempts(long campaignId, Collection<Long> callerIds, Instant from, Instant to) {
        if (callerIds.isEmpty()) {
            return 0;
        }
        return count(sql("SELECT COUNT(*) FROM call_task k JOIN enrolment e ON e.tenant_id = k.tenant_id AND e.id = k.enrolment_id "
                        + "JOIN campaign p ON p.tenant_id = e.tenant_id AND p.id = e.campaign_id WHERE k.tenant_id = :tenant "
                        + "AND k.caller_id IN (:callers) AND k.opens_at >= :from AND k.opens_at < :to AND k.status IN ('PLANNED', 'OPEN') "
                        + "AND p.status = 'RUNNING' AND p.id <> :campaign")
                .setParameter("callers", callerIds).setParameter("from", Timestamp.from(from)).setParameter("to", Timestamp.from(to))
                .setParameter("campaign", campaignId));
    }

    @Override
    public int move(long campaignId, Collection<Long> contactIds, CallMode mode, Long movedBy, Instant at) {
        int moved = sql("UPDATE campaign_target SET call_mode = :mode, pinned = TRUE WHERE tenant_id = :tenant "
                + "AND campaign_id = :campaign AND contact_id IN (:ids)").setParameter("mode", mode.name())
                .setParameter("campaign", campaignId).setParameter("ids", contactIds).executeUpdate();
        sql("INSERT INTO target_move (tenant_id, campaign_id, contact_id, to_mode, moved_by, moved_at) SELECT t.tenant_id, "
                + "t.campaign_id, t.contact_id, :mode, :by, :at FROM campaign_target t " + OF_CAMPAIGN + "AND t.contact_id IN (:ids)")
                .setParameter("mode", mode.name()).setParameter("by", movedBy).setParameter("at", Timestamp.from(at))
                .setParameter("campaign", campaignId).setParameter("ids", contactIds).executeUpdate();
        return moved;
    }

    @Override
    public long moves(long campaignId) {
        return count(sql("SELECT COUNT(*) FROM target_move WHERE tenant_id = :tenant AND campaign_id = :campaign")
                .setParameter("campaign", campaignId));
    }

    @Override
    public ScoreWeights weights() {
        List<?> rows = sql("SELECT weights FROM targeting_weights WHERE tenant_id = :tenant").getResultList();
        return rows.isEmpty() ? ScoreWeights.defaults() : ScoreWeights.parse((String) rows.get(0));
    }

    @Override
    public void saveWeights(ScoreWeights weights, String by, Instant at) {
        sql("INSERT INTO targeting_weights (tenant_id, weights, updated_by, updated_at) VALUES (:tenant, :weights, :by, :at) "
                + "ON DUPLICATE KEY UPDATE weights = :weights, updated_by = :by, updated_at = :at")
                .setParameter("weights", weights.format()).setParameter("by", by).setParameter("at", Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public void resetWeights() {
        sql("DELETE FROM targeting_weights WHERE tenant_id = :tenant").executeUpdate();
    }

    @Override
    public Map<Long, Outcome> outcomes(long campaignId) {
        Map<Long, Outcome> outcomes = new HashMap<>();
        for (Object[] r : rows(sql("SELECT e.contact_id, e.pick_ups > 0, e.status IN ('CLOSED_YES', 'CLOSED_REGISTERED', "
                        + "'CLOSED_COVERED'), EXISTS (SELECT 1 FROM coverage v WHERE v.tenant_id = e.tenant_id "
                        + "AND v.campaign_id = e.campaign_id AND v.contact_id = e.contact_id) FROM enrolment e "
                        + "WHERE e.tenant_id = :tenant AND e.campaign_id = :campaign").setParameter("campaign", campaignId))) {
            outcomes.put(Rows.lng(r[0]), new Outcome(Rows.bool(r[1]), Rows.bool(r[2]), Rows.bool(r[3])));
        }
        // coverage from a send-only target (no enrolment) counts too: it is what "envoi seul" is judged on
        for (Object r : sql("SELECT DISTINCT v.contact_id FROM coverage v WHERE v.tenant_id = :tenant AND v.campaign_id = :campaign "
                + "AND v.contact_id IS NOT NULL").setParameter("campaign", campaignId).getResultList()) {
            outcomes.merge(Rows.lng(r), new Outcome(false, false, true), (a, b) -> new Outcome(a.pickedUp(), a.yes(), true));
        }
        return outcomes;
    }

    @Override
    public List<PastCampaign> pastCampaigns() {
        List<PastCampaign> list = new ArrayList<>();
        for (Object[] r : rows(sql("SELECT p.id, p.subject, k.name, p.launched_at FROM campaign p JOIN client k "
                + "ON k.tenant_id = p.tenant_id AND k.id = p.client_id WHERE p.tenant_id = :tenant AND p.status <> 'DRAFT' "
                + "AND p.launched_at IS NOT NULL ORDER BY p.launched_at DESC LIMIT 50"))) {
            list.add(new PastCampaign(Rows.lng(r[0]), (String) r[1], (String) r[2], Rows.instant(r[3])));
        }
        return list;
    }
}
