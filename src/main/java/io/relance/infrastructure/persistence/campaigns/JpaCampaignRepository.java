package io.relance.infrastructure.persistence.campaigns;

import io.relance.application.campaigns.CampaignRepository;
import io.relance.application.campaigns.CampaignRow;
import io.relance.application.campaigns.ClientRow;
import io.relance.application.campaigns.EnrolmentRow;
import io.relance.application.common.NotFoundException;
import io.relance.application.reassignment.ReassignmentStore;
import io.relance.application.tenant.TenantContext;
import io.relance.domain.campaign.Campaign;
import io.relance.domain.campaign.CampaignKind;
import io.relance.domain.campaign.CampaignStatus;
import io.relance.domain.campaign.Client;
import io.relance.domain.campaign.SequenceTemplate;
import io.relance.domain.sequence.AgencyPolicy;
import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.PressurePolicy;
import io.relance.domain.sequence.PeriodicityTiming;
import io.relance.domain.sequence.StartRules;
import io.relance.domain.staff.Member;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.JpaEntities;
import io.relance.infrastructure.persistence.SequenceSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The read side of campaigns (tables with their counts in one query), their members, the callers'
 * workloads, and the agency's policy row and templates. Every statement carries the tenant.
 */
@ApplicationScoped
public class JpaCampaignRepository extends JpaEntities<Campaign> implements CampaignRepository {

    private static final String OPEN = "(" + SequenceSql.CALLABLE + ")";

    /** The callers and their load are the reassignment's query: one query for the launch and every later move. */
    @Inject
    ReassignmentStore reassignments;

    @Override
    public Campaign require(long id) {
        return require(id, LockModeType.NONE);
    }

    @Override
    public Campaign requireLocked(long id) {
        return require(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private Campaign require(long id, LockModeType lock) {
        Campaign c = em.find(Campaign.class, id, lock);
        if (c == null) {
            throw new NotFoundException("Campaign " + id);
        }
        return c;
    }

    @Override
    public List<CampaignRow> page(CampaignStatus status, int first, int size) {
        var query = sql("SELECT k.id, cl.name, k.subject, k.kind, k.status, k.send_date, "
                        + "(SELECT COUNT(*) FROM campaign_target t WHERE t.tenant_id = k.tenant_id AND t.campaign_id = k.id), "
                        + "(SELECT COUNT(*) FROM enrolment e WHERE e.tenant_id = k.tenant_id AND e.campaign_id = k.id), "
                        + "(SELECT COUNT(*) FROM enrolment e WHERE e.tenant_id = k.tenant_id AND e.campaign_id = k.id AND e.status IN " + OPEN + ") "
                        + "FROM campaign k JOIN client cl ON cl.tenant_id = k.tenant_id AND cl.id = k.client_id "
                        + "WHERE k.tenant_id = :tenant" + (status == null ? "" : " AND k.status = :status")
                        + " ORDER BY k.send_date DESC, k.id DESC LIMIT " + size + " OFFSET " + first);
        List<Object[]> rows = rows(bindIf(query, "status", status == null ? null : status.name()));
        List<CampaignRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new CampaignRow(Rows.lng(r[0]), (String) r[1], (String) r[2], CampaignKind.valueOf((String) r[3]),
                    CampaignStatus.valueOf((String) r[4]), Rows.date(r[5]), Rows.lng(r[6]), Rows.lng(r[7]), Rows.lng(r[8])));
        }
        return result;
    }

    @Override
    public long count(CampaignStatus status) {
        var query = sql("SELECT COUNT(*) FROM campaign WHERE tenant_id = :tenant" + (status == null ? "" : " AND status = :status"));
        return count(bindIf(query, "status", status == null ? null : status.name()));
    }

    @Override
    public List<ClientRow> clients() {
        return rows(sql("SELECT cl.id, cl.name, (SELECT COUNT(*) FROM campaign k "
                        + "WHERE k.tenant_id = cl.tenant_id AND k.client_id = cl.id) FROM client cl WHERE cl.tenant_id = :tenant "
                        + "ORDER BY cl.name")).stream()
                .map(r -> new ClientRow(Rows.lng(r[0]), (String) r[1], Rows.lng(r[2]))).toList();
    }

    @Override
    public List<Member> callers(Long campaignId) {
        return reassignments.callers(campaignId);
    }

    @Override
    public void setMembers(long campaignId, List<Long> staffIds) {
        String tenant = TenantContext.require();
        em.createNativeQuery("DELETE FROM campaign_member WHERE tenant_id = :tenant AND campaign_id = :campaign")
                .setParameter("tenant", tenant).setParameter("campaign", campaignId).executeUpdate();
        for (Long id : staffIds) {
            em.createNativeQuery("INSERT INTO campaign_member (tenant_id, campaign_id, staff_id) VALUES (:tenant, :campaign, :staff)")
                    .setParameter("tenant", tenant).setParameter("campaign", campaignId).setParameter("staff", id).executeUpdate();
        }
    }

    @Override
    public List<EnrolmentRow> enrolments(long campaignId, Long callerId, int first, int size) {
        var query = sql("SELECT e.id, e.contact_id, c.first_name, c.last_name, o.name, e.caller_id, "
                        + "s.first_name, s.last_name, e.status, e.attempts, e.pick_ups, e.first_day, c.privileged, e.escalated_at IS NOT NULL "
                        + "FROM enrolment e JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                        + "LEFT JOIN outlet o ON o.tenant_id = c.tenant_id AND o.id = c.outlet_id "
                        + "LEFT JOIN staff_member s ON s.tenant_id = e.tenant_id AND s.id = e.caller_id "
                        + "WHERE e.tenant_id = :tenant AND e.campaign_id = :campaign"
                        + (callerId == null ? "" : " AND e.caller_id = :caller")
                        + " ORDER BY c.last_name, c.first_name, e.id LIMIT " + size + " OFFSET " + first)
                .setParameter("campaign", campaignId);
        List<Object[]> rows = rows(bindIf(query, "caller", callerId));
        List<EnrolmentRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new EnrolmentRow(Rows.lng(r[0]), Rows.lng(r[1]), Rows.name(r[2], r[3]), (String) r[4], Rows.lng(r[5]),
                    r[7] == null ? null : Rows.name(r[6], r[7]), EnrolmentStatus.valueOf((String) r[8]), Rows.integer(r[9]),
                    Rows.integer(r[10]), Rows.date(r[11]), Rows.bool(r[12]), Rows.bool(r[13])));
        }
        return result;
    }

    @Override
    public long countEnrolments(long campaignId, Long callerId) {
        var query = sql("SELECT COUNT(*) FROM enrolment WHERE tenant_id = :tenant AND campaign_id = :campaign"
                        + (callerId == null ? "" : " AND caller_id = :caller")).setParameter("campaign", campaignId);
        return count(bindIf(query, "caller", callerId));
    }

    @Override
    public AgencyPolicy policy() {
        List<Object[]> rows = rows(sql("SELECT max_attempts_7_days, cooldown_days, start_rules, newsroom_rule FROM agency_policy "
                + "WHERE tenant_id = :tenant"));
        if (rows.isEmpty()) {
            return AgencyPolicy.defaults();
        }
        Object[] r = rows.get(0);
        return new AgencyPolicy(new PressurePolicy(Rows.integer(r[0]), Rows.integer(r[1])), StartRules.parse((String) r[2]),
                io.relance.domain.sequence.NewsroomRule.valueOf((String) r[3]));
    }

    @Override
    public void savePolicy(AgencyPolicy policy) {
        sql("INSERT INTO agency_policy (tenant_id, max_attempts_7_days, cooldown_days, start_rules, newsroom_rule) "
                        + "VALUES (:tenant, :cap, :cooldown, :rules, :newsroom) ON DUPLICATE KEY UPDATE max_attempts_7_days = :cap, "
                        + "cooldown_days = :cooldown, start_rules = :rules, newsroom_rule = :newsroom")
                .setParameter("newsroom", policy.newsroom().name()).setParameter("cap", policy.pressure().maxAttemptsPer7Days())
                .setParameter("cooldown", policy.pressure().cooldownDays()).setParameter("rules", policy.startRules().format())
                .executeUpdate();
    }

    @Override
    public PeriodicityTiming timing() {
        List<?> rows = sql("SELECT timing FROM agency_policy WHERE tenant_id = :tenant").getResultList();
        return PeriodicityTiming.parse(rows.isEmpty() ? null : (String) rows.get(0));
    }

    /** The policy row may not exist yet: it is written with the default pressure and rules, keeping any already there. */
    @Override
    public void saveTiming(PeriodicityTiming timing) {
        AgencyPolicy d = AgencyPolicy.defaults();
        sql("INSERT INTO agency_policy (tenant_id, max_attempts_7_days, cooldown_days, start_rules, newsroom_rule, timing) "
                        + "VALUES (:tenant, :cap, :cooldown, :rules, :newsroom, :timing) ON DUPLICATE KEY UPDATE timing = :timing")
                .setParameter("cap", d.pressure().maxAttemptsPer7Days()).setParameter("cooldown", d.pressure().cooldownDays())
                .setParameter("rules", d.startRules().format()).setParameter("newsroom", d.newsroom().name())
                .setParameter("timing", timing.format()).executeUpdate();
    }

    @Override
    public void delete(Campaign campaign) {
        remove(campaign);
    }

    @Override
    public Optional<Client> client(long id) {
        return Optional.ofNullable(em.find(Client.class, id));
    }

    @Override
    public boolean clientNameTaken(String name) {
        return nameTaken("Client", name, null);
    }

    @Override
    public void addClient(Client client) {
        insert(client);
    }

    @Override
    public Optional<SequenceTemplate> template(long id) {
        return Optional.ofNullable(em.find(SequenceTemplate.class, id));
    }

    @Override
    public List<SequenceTemplate> templates() {
        return em.createQuery("select t from SequenceTemplate t order by t.name", SequenceTemplate.class).getResultList();
    }

    @Override
    public boolean templateNameTaken(String name, Long exceptId) {
        return nameTaken("SequenceTemplate", name, exceptId);
    }

    /** Whether another row of the agency has this name, whatever its case ({@code exceptId}: the one being renamed). */
    private boolean nameTaken(String entity, String name, Long exceptId) {
        return !em.createQuery("select x.id from " + entity + " x where lower(x.name) = lower(:n) and x.id <> :id", Long.class)
                .setParameter("n", name).setParameter("id", exceptId == null ? -1L : exceptId).getResultList().isEmpty();
    }

    @Override
    public void addTemplate(SequenceTemplate template) {
        insert(template);
    }

    @Override
    public long campaignsUsing(long templateId) {
        return em.createQuery("select count(c) from Campaign c where c.templateId = :id", Long.class)
                .setParameter("id", templateId).getSingleResult();
    }

    @Override
    public void deleteTemplate(SequenceTemplate template) {
        em.remove(template);
    }
}
