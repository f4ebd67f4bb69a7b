package io.relance.infrastructure.persistence.evidence;

import io.relance.application.evidence.EvidenceRepository;
import io.relance.domain.evidence.Evidence;
import io.relance.domain.evidence.TimeSaved;
import io.relance.domain.sequence.SequencePlan;
import io.relance.infrastructure.persistence.JpaAdapter;
import io.relance.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.util.List;

/**
 * The evidence's counts, one grouped statement each. Both start from the agency's targets (the primary
 * key and {@code ix_target_tenant_campaign_mode} start with the tenant), join each target's enrolment by
 * its unique key, and test coverage ({@code ix_coverage_tenant_campaign_contact}, V39), answered attempts
 * ({@code ix_attempt_tenant_enrolment}) and SMS replies ({@code ix_reply_tenant_contact}) by index:
 * no statement per contact.
 */
@ApplicationScoped
public class JpaEvidenceRepository extends JpaAdapter implements EvidenceRepository {

    private static final String TARGETS = "FROM campaign_target t JOIN campaign c ON c.tenant_id = t.tenant_id AND c.id = t.campaign_id "
            + "LEFT JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.campaign_id = t.campaign_id AND e.contact_id = t.contact_id ";

    /** A launched campaign of the agency, or the one asked for. */
    private static final String LAUNCHED = "WHERE t.tenant_id = :tenant AND c.status <> 'DRAFT' ";

    /** Called: "à appeler" and enrolled. Send-only: "envoi seul" and not opted out (the release did not reach an opted-out person). */
    private static final String IN_A_GROUP = "AND ((t.call_mode = 'CALL' AND e.id IS NOT NULL) OR (t.call_mode = 'SEND_ONLY' "
            + "AND (t.excluded IS NULL OR t.excluded <> 'OPTED_OUT'))) ";

    private static final String COVERED = "EXISTS (SELECT 1 FROM coverage v WHERE v.tenant_id = t.tenant_id "
            + "AND v.campaign_id = t.campaign_id AND v.contact_id = t.contact_id)";

    /** An explicit answer in a call, or an SMS reply (not a STOP) within REPLY_DAYS of the launch. */
    private static final String ANSWERED = "(EXISTS (SELECT 1 FROM attempt a WHERE a.tenant_id = e.tenant_id AND a.enrolment_id = e.id "
            + "AND a.outcome IN ('YES','NO','LATER','REGISTERED','DECISION')) OR EXISTS (SELECT 1 FROM sms_reply r "
            + "WHERE r.tenant_id = t.tenant_id AND r.contact_id = t.contact_id AND r.stop = FALSE "
            + "AND r.received_at >= COALESCE(c.launched_at, TIMESTAMP(c.send_date)) "
            + "AND r.received_at < COALESCE(c.launched_at, TIMESTAMP(c.send_date)) + INTERVAL " + REPLY_DAYS + " DAY))";

    /** The statuses an answer gives a sequence: its remaining attempts were saved by the closed cycle. */
    private static final String CLOSED_BY_ANSWER = "('CLOSED_YES','CLOSED_NO','CLOSED_REGISTERED','CLOSED_DECISION',"
            + "'CLOSED_OPTED_OUT','CLOSED_WRONG_NUMBER','CLOSED_COVERED')";

    @Override
    public List<Evidence.Group> groups(Long campaignId) {
        String select = "SELECT t.call_mode = 'CALL', t.score, COUNT(*), SUM(" + COVERED + "), SUM(" + ANSWERED + ") " + TARGETS
                + LAUNCHED + campaign(campaignId) + IN_A_GROUP + "GROUP BY t.call_mode, t.score";
        return rows(bind(select, campaignId)).stream().map(r -> new Evidence.Group(Rows.bool(r[0]),
                r[1] == null ? null : Rows.integer(r[1]), Rows.lng(r[2]), Rows.lng(r[3]), Rows.lng(r[4]))).toList();
    }

    @Override
    public List<TimeSaved.Campaign> effort(Long campaignId) {
        String select = "SELECT MAX(e.max_attempts), MAX(tpl.max_attempts), COUNT(e.id), COALESCE(SUM(e.max_attempts), 0), "
                + "COALESCE(SUM(e.attempts), 0), COALESCE(SUM(CASE WHEN e.status IN " + CLOSED_BY_ANSWER
                + " THEN GREATEST(e.max_attempts - e.attempts, 0) ELSE 0 END), 0), "
                + "SUM(t.call_mode = 'SEND_ONLY' AND (t.excluded IS NULL OR t.excluded <> 'OPTED_OUT')), "
                + "SUM(t.call_mode = 'CALL' AND e.id IS NULL AND t.excluded = 'WEEKLY_CAP') " + TARGETS
                + "LEFT JOIN sequence_template tpl ON tpl.tenant_id = c.tenant_id AND tpl.id = c.template_id "
                + LAUNCHED + campaign(campaignId) + "GROUP BY t.campaign_id";
        return rows(bind(select, campaignId)).stream().map(r -> new TimeSaved.Campaign(plan(r[0], r[1]), Rows.lng(r[2]),
                Rows.lng(r[3]), Rows.lng(r[4]), Rows.lng(r[5]), Rows.lng(r[6]), Rows.lng(r[7]))).toList();
    }

    /**
     * The attempts of the campaign's plan for those who were not enrolled: its enrolments' (as launched),
     * else its template's, else the default plan's (a campaign launched without a template).
     */
    private static int plan(Object enrolled, Object template) {
        if (enrolled != null) {
            return Rows.integer(enrolled);
        }
        return template != null ? Rows.integer(template) : SequencePlan.PRM_3X3.maxAttempts();
    }

    private static String campaign(Long campaignId) {
        return campaignId == null ? "" : "AND t.campaign_id = :campaign ";
    }

    private Query bind(String select, Long campaignId) {
        return bindIf(sql(select), "campaign", campaignId);
    }
}
