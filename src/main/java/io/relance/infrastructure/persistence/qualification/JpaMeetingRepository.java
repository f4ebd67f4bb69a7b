package io.relance.infrastructure.persistence.qualification;

import io.relance.application.qualification.MeetingRepository;
import io.relance.application.qualification.MeetingRow;
import io.relance.domain.qualification.MeetingInput;
import io.relance.domain.qualification.MeetingStatus;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Meetings with prospects and who of the agency goes; every statement carries the tenant. */
@ApplicationScoped
public class JpaMeetingRepository implements MeetingRepository {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    /** Writes a booked meeting and who goes; answers its id. */
    @Override
    public long insert(long campaignId, long enrolmentId, long contactId, Long qualificationId, MeetingInput m, String uid,
                       String by, Instant now) {
        String tenant = TenantContext.require();
        em.createNativeQuery("INSERT INTO meeting (tenant_id, campaign_id, enrolment_id, contact_id, qualification_id, "
                        + "starts_at, minutes, place, visio_url, status, override_reason, uid, booked_by, created_at) VALUES "
                        + "(:tenant, :campaign, :enrolment, :contact, :q, :start, :minutes, :place, :visio, :status, :why, "
                        + ":uid, :by, :now)")
                .setParameter("tenant", tenant).setParameter("campaign", campaignId).setParameter("enrolment", enrolmentId)
                .setParameter("contact", contactId).setParameter("q", qualificationId).setParameter("start", Rows.at(m.start()))
                .setParameter("minutes", m.minutes()).setParameter("place", Rows.blankToNull(m.place()))
                .setParameter("visio", Rows.blankToNull(m.visioUrl())).setParameter("status", MeetingStatus.BOOKED.name())
                .setParameter("why", Rows.blankToNull(m.overrideReason())).setParameter("uid", uid).setParameter("by", by)
                .setParameter("now", Rows.at(now)).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT id FROM meeting WHERE tenant_id = :tenant AND uid = :uid")
                .setParameter("tenant", tenant).setParameter("uid", uid).getSingleResult()).longValue();
        StringBuilder sql = new StringBuilder("INSERT INTO meeting_attendee (tenant_id, meeting_id, staff_id) VALUES ");
        List<Long> goers = m.attendees().stream().distinct().toList();
        for (int i = 0; i < goers.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:tenant, :meeting, :s").append(i).append(")");
        }
        var q = em.createNativeQuery(sql.toString()).setParameter("tenant", tenant).setParameter("meeting", id);
        for (int i = 0; i < goers.size(); i++) {
            q.setParameter("s" + i, goers.get(i));
        }
        q.executeUpdate();
        return id;
    }

    /** The meetings of one sequence, soonest first, with who goes (two queries, whatever their number). */
    @SuppressWarnings("unchecked")
    @Override
    public List<MeetingRow> ofEnrolment(long enrolmentId) {
        String tenant = TenantContext.require();
        List<Object[]> rows = em.createNativeQuery("SELECT id, starts_at, minutes, place, visio_url, status, override_reason, "
                        + "booked_by FROM meeting WHERE tenant_id = :tenant AND enrolment_id = :enrolment ORDER BY starts_at, id")
                .setParameter("tenant", tenant).setParameter("enrolment", enrolmentId).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> names = new LinkedHashMap<>();
        List<Long> ids = rows.stream().map(r -> Rows.lng(r[0])).toList();
        List<Object[]> goers = em.createNativeQuery("SELECT a.meeting_id, s.first_name, s.last_name FROM meeting_attendee a "
                        + "JOIN staff_member s ON s.tenant_id = a.tenant_id AND s.id = a.staff_id "
                        + "WHERE a.tenant_id = :tenant AND a.meeting_id IN (:ids) ORDER BY s.last_name, s.first_name")
                .setParameter("tenant", tenant).setParameter("ids", ids).getResultList();
        for (Object[] g : goers) {
            names.computeIfAbsent(Rows.lng(g[0]), k -> new ArrayList<>()).add(Rows.name(g[1], g[2]).strip());
        }
        return rows.stream().map(r -> new MeetingRow(Rows.lng(r[0]), Rows.instant(r[1]), Rows.integer(r[2]), (String) r[3],
                (String) r[4], MeetingStatus.valueOf((String) r[5]), names.getOrDefault(Rows.lng(r[0]), List.of()), (String) r[6], (String) r[7]))
                .toList();
    }
}
