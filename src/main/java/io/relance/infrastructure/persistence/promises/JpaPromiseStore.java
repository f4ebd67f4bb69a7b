package io.relance.infrastructure.persistence.promises;

import io.relance.application.promises.BrokenPromise;
import io.relance.application.promises.PromiseStore;
import io.relance.application.promises.PromiseTally;
import io.relance.domain.contact.PhoneNumbers;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.infrastructure.persistence.PromiseSql;
import io.relance.infrastructure.persistence.JpaAdapter;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.SequenceSql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/**
 * A campaign's promises in one statement: its sequences (tenant, campaign index) and their one anchor
 * SMS (unique key), the attempts of the promised day probed on (tenant, enrolment).
 */
@ApplicationScoped
public class JpaPromiseStore extends JpaAdapter implements PromiseStore {

    /** The person's own ways of ending a sequence: a call that day was no longer wanted. */
    private static final String EXCUSING = SequenceSql.quoted(EnumSet.of(EnrolmentStatus.CLOSED_YES, EnrolmentStatus.CLOSED_NO,
            EnrolmentStatus.CLOSED_REGISTERED, EnrolmentStatus.CLOSED_DECISION, EnrolmentStatus.CLOSED_WRONG_NUMBER,
            EnrolmentStatus.CLOSED_OPTED_OUT, EnrolmentStatus.CLOSED_CANCELLED, EnrolmentStatus.CLOSED_COVERED));

    /** Each promise made (of one campaign: append {@link #OF_CAMPAIGN}), with whether it was kept and whether the person excused it. */
    private static final String PROMISES = "SELECT p.enrolment_id, p.promised_from, p.promised_to, e.contact_id, e.caller_id, "
            + PromiseSql.KEPT + " AS kept, "
            + "(e.status IN (" + EXCUSING + ") AND e.closed_at < p.promised_to) AS excused "
            + "FROM enrolment e JOIN sms_outbox p ON p.tenant_id = e.tenant_id AND p.enrolment_id = e.id "
            + "WHERE e.tenant_id = :tenant AND p.promised_from IS NOT NULL "
            + "AND " + PromiseSql.MADE;

    private static final String OF_CAMPAIGN = " AND e.campaign_id = :campaign";

    @Override
    public PromiseTally tally(Long campaignId, Instant now) {
        Object[] r = (Object[]) bindIf(sql("SELECT COUNT(*), COALESCE(SUM(kept), 0), "
                + "COALESCE(SUM(NOT kept AND promised_to <= :now AND NOT excused), 0), "
                + "COALESCE(SUM(NOT kept AND promised_to > :now), 0), "
                + "COALESCE(SUM(NOT kept AND promised_to <= :now AND excused), 0) FROM (" + PROMISES
                + (campaignId == null ? "" : OF_CAMPAIGN) + ") x"), "campaign", campaignId)
                .setParameter("now", Rows.at(now)).getSingleResult();
        return new PromiseTally(Rows.lng(r[0]), Rows.lng(r[1]), Rows.lng(r[2]), Rows.lng(r[3]), Rows.lng(r[4]));
    }

    @Override
    public List<BrokenPromise> broken(long campaignId, Instant now, int max) {
        List<Object[]> rows = rows(sql("SELECT x.enrolment_id, x.contact_id, c.first_name, c.last_name, s.first_name, s.last_name, "
                + "x.promised_from, c.time_zone FROM (" + PROMISES + OF_CAMPAIGN + ") x "
                + "JOIN contact c ON c.tenant_id = :tenant AND c.id = x.contact_id "
                + "LEFT JOIN staff_member s ON s.tenant_id = :tenant AND s.id = x.caller_id "
                + "WHERE NOT x.kept AND NOT x.excused AND x.promised_to <= :now "
                + "ORDER BY x.promised_from DESC, c.last_name, c.first_name LIMIT " + max)
                .setParameter("campaign", campaignId).setParameter("now", Rows.at(now)));
        return rows.stream().map(r -> {
            ZoneId zone = r[7] == null ? PhoneNumbers.HOME : ZoneId.of((String) r[7]);
            return new BrokenPromise(Rows.lng(r[0]), Rows.lng(r[1]), Rows.name(r[2], r[3]),
                    r[5] == null ? null : Rows.name(r[4], r[5]), Rows.instant(r[6]).atZone(zone).toLocalDate());
        }).toList();
    }
}
