package io.relance.infrastructure.persistence.campaigns;

import io.relance.application.campaigns.Target;
import io.relance.application.campaigns.TargetRepository;
import io.relance.domain.contact.CallWindows;
import io.relance.domain.contact.ClosingDay;
import io.relance.domain.contact.OutletType;
import io.relance.domain.sequence.ContactHours;
import io.relance.domain.sequence.Medium;
import io.relance.domain.contact.Periodicity;
import io.relance.domain.contact.Tier;
import io.relance.domain.sequence.PressurePolicy;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.PreferenceSql;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.SequenceSql;
import io.relance.infrastructure.persistence.JpaAdapter;
import io.relance.infrastructure.persistence.JdbcBatch;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A campaign's targets: added in batches, read with every fact the pressure policy needs in one
 * query (no query per contact), and marked with the reason of their exclusion at launch.
 */
@ApplicationScoped
public class JpaTargetRepository extends JpaAdapter implements TargetRepository {

    private static final String OPEN = "(" + SequenceSql.OPEN_SEQUENCES + ")";

    private static final String SELECT = "SELECT t.contact_id, c.first_name, c.last_name, o.name, o.periodicity, "
            + "o.closing_weekday, o.closing_month_day, c.tier, c.privileged, CASE WHEN s.role = 'DIRECTEUR' THEN s.id END, "
            + "c.time_zone, t.start_on, c.opted_out, c.do_not_call, (c.mobile IS NOT NULL OR c.landline IS NOT NULL), "
            + "c.cooldown_until, EXISTS (SELECT 1 FROM enrolment e WHERE e.tenant_id = t.tenant_id AND e.contact_id = t.contact_id "
            + "  AND e.campaign_id <> t.campaign_id AND e.status IN " + OPEN + "), "
            + "(SELECT COUNT(*) FROM attempt a WHERE a.tenant_id = t.tenant_id AND a.contact_id = t.contact_id AND a.made_at > :since), "
            + "t.excluded, c.wrong_number IS NOT NULL, "
            // the journalist's own preferences (platform-wide): a yes or a no, nothing about other agencies
            + "(" + PreferenceSql.REFUSES + " OR " + PreferenceSql.CAPPED + "), " + PreferenceSql.ONE_CALL + " "
            + "FROM campaign_target t JOIN contact c ON c.tenant_id = t.tenant_id AND c.id = t.contact_id "
            + "LEFT JOIN outlet o ON o.tenant_id = c.tenant_id AND o.id = c.outlet_id "
            + "LEFT JOIN staff_member s ON s.tenant_id = c.tenant_id AND s.id = c.owner_id "
            + "WHERE t.tenant_id = :tenant AND t.campaign_id = :campaign AND c.erased_at IS NULL ";

    /** Adds contacts (already checked to be the tenant's); those already targeted stay as they are. */
    @Override
    public void add(long campaignId, List<Long> contactIds, Instant now) {
        String tenant = TenantContext.require();
        JdbcBatch.run(em, "INSERT IGNORE INTO campaign_target (tenant_id, campaign_id, contact_id, added_at) VALUES (?, ?, ?, ?)",
                contactIds, (ps, id) -> {
                    ps.setString(1, tenant);
                    ps.setLong(2, campaignId);
                    ps.setLong(3, id);
                    ps.setTimestamp(4, Timestamp.from(now));
                });
    }

    @Override
    public int remove(long campaignId, List<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return 0;
        }
        return sql("DELETE FROM campaign_target WHERE tenant_id = :tenant AND campaign_id = :campaign "
                        + "AND contact_id IN (:ids)")
                .setParameter("campaign", campaignId).setParameter("ids", contactIds).executeUpdate();
    }

    @Override
    public int startOn(long campaignId, long contactId, LocalDate day) {
        return sql("UPDATE campaign_target SET start_on = :day WHERE tenant_id = :tenant "
                        + "AND campaign_id = :campaign AND contact_id = :contact")
                .setParameter("day", day).setParameter("campaign", campaignId)
                .setParameter("contact", contactId).executeUpdate();
    }

    @Override
    public long count(long campaignId) {
        return count(sql("SELECT COUNT(*) FROM campaign_target t JOIN contact c ON c.tenant_id = t.tenant_id "
                        + "AND c.id = t.contact_id WHERE t.tenant_id = :tenant AND t.campaign_id = :campaign AND c.erased_at IS NULL")
                .setParameter("campaign", campaignId));
    }

    /** A page of targets by name; {@code first < 0}: all of them (the launch). */
    @Override
    public List<Target> page(long campaignId, Instant now, int first, int size) {
        var query = sql(SELECT + "ORDER BY c.last_name, c.first_name, t.contact_id"
                        + (first < 0 ? "" : " LIMIT " + size + " OFFSET " + first))
                .setParameter("since", Timestamp.from(now.minus(Duration.ofDays(7))))
                .setParameter("capSince", Timestamp.from(now.minus(Duration.ofDays(7)))).setParameter("campaign", campaignId);
        List<Object[]> rows = rows(query);
        List<Target> targets = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            targets.add(target(r));
        }
        return targets;
    }

    /** The attempts made to the targets in the seven days before {@code now}, by contact (the weekly cap). */
    @Override
    public Map<Long, List<Instant>> recentAttempts(long campaignId, Instant now) {
        List<Object[]> rows = rows(sql("SELECT a.contact_id, a.made_at FROM attempt a JOIN campaign_target t "
                        + "ON t.tenant_id = a.tenant_id AND t.contact_id = a.contact_id WHERE t.tenant_id = :tenant "
                        + "AND t.campaign_id = :campaign AND a.made_at > :since").setParameter("campaign", campaignId)
                .setParameter("since", Timestamp.from(now.minus(Duration.ofDays(7)))));
        Map<Long, List<Instant>> byContact = new HashMap<>();
        for (Object[] r : rows) {
            byContact.computeIfAbsent(Rows.lng(r[0]), k -> new ArrayList<>()).add(Rows.instant(r[1]));
        }
        return byContact;
    }

    /** Records why each left-out contact was not enrolled (kept for the campaign page). */
    @Override
    public void markExcluded(long campaignId, Map<Long, String> reasons) {
        String tenant = TenantContext.require();
        JdbcBatch.run(em, "UPDATE campaign_target SET excluded = ? WHERE tenant_id = ? AND campaign_id = ? AND contact_id = ?",
                reasons.entrySet(), (ps, e) -> {
                    ps.setString(1, e.getValue());
                    ps.setString(2, tenant);
                    ps.setLong(3, campaignId);
                    ps.setLong(4, e.getKey());
                });
    }

    /** One query on (tenant_id, campaign_id, call_mode), the index V35 made for it. */
    @Override
    public Set<Long> sendOnly(long campaignId) {
        return rows(sql("SELECT t.contact_id, t.call_mode FROM campaign_target t WHERE t.tenant_id = :tenant "
                        + "AND t.campaign_id = :campaign AND t.call_mode = 'SEND_ONLY'").setParameter("campaign", campaignId))
                .stream().map(r -> Rows.lng(r[0])).collect(Collectors.toSet());
    }

    /** Each target's medium and own call windows, in one query (a window typed badly is no window). */
    @Override
    public Map<Long, ContactHours> hours(long campaignId) {
        List<Object[]> rows = rows(sql("SELECT t.contact_id, o.type, o.periodicity, c.call_windows FROM campaign_target t "
                + "JOIN contact c ON c.tenant_id = t.tenant_id AND c.id = t.contact_id "
                + "LEFT JOIN outlet o ON o.tenant_id = c.tenant_id AND o.id = c.outlet_id "
                + "WHERE t.tenant_id = :tenant AND t.campaign_id = :campaign").setParameter("campaign", campaignId));
        Map<Long, ContactHours> byContact = new HashMap<>();
        for (Object[] r : rows) {
            Medium medium = Medium.of(r[1] == null ? null : OutletType.valueOf((String) r[1]),
                    r[2] == null ? null : Periodicity.valueOf((String) r[2]));
            byContact.put(Rows.lng(r[0]), new ContactHours(medium, CallWindows.parse((String) r[3]).windows()));
        }
        return byContact;
    }

    private static Target target(Object[] r) {
        String first = (String) r[1];
        String name = (first == null ? "" : first + " ") + r[2];
        Integer weekday = r[5] == null ? null : Rows.integer(r[5]);
        Integer monthDay = r[6] == null ? null : Rows.integer(r[6]);
        ClosingDay closing = weekday != null ? new ClosingDay(DayOfWeek.of(weekday), null)
                : monthDay != null ? new ClosingDay(null, monthDay) : null;
        PressurePolicy.Facts facts = new PressurePolicy.Facts(Rows.bool(r[12]), Rows.bool(r[13]), Rows.bool(r[14]),
                Rows.bool(r[19]), Rows.instant(r[15]), Rows.bool(r[16]), Rows.integer(r[17]), Rows.bool(r[20]), Rows.bool(r[21]));
        return new Target(Rows.lng(r[0]), name, (String) r[3], r[4] == null ? null : Periodicity.valueOf((String) r[4]),
                closing, r[7] == null ? null : Tier.valueOf(r[7].toString()), Rows.bool(r[8]), Rows.lng(r[9]),
                (String) r[10], Rows.date(r[11]), facts, (String) r[18]);
    }
}
