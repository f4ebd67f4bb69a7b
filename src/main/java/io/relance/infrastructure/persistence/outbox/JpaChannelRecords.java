package io.relance.infrastructure.persistence.outbox;

import io.relance.application.outbox.ChannelRecords;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the channels keep of a person, for GDPR: read in full for an access request; erased as
 * numbers, addresses and texts of their SMS and emails and their SMS replies, the files their
 * emails carried, what their qualification card says of their business and where they meet (the
 * rows stay, a bilan counts them; a booked meeting is cancelled). What was still waiting to leave is
 * withdrawn before, by the erasure's withdrawal.
 */
@ApplicationScoped
public class JpaChannelRecords implements ChannelRecords {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Override
    public void erase(long contactId) {
        // what was waiting was withdrawn first (Withdrawals, in the same transaction); now it is blanked
        sql("UPDATE sms_outbox m JOIN enrolment e ON e.tenant_id = m.tenant_id AND e.id = m.enrolment_id SET m.to_number = '', "
                + "m.body = '' WHERE m.tenant_id = :tenant AND e.contact_id = :contact", contactId);
        sql("UPDATE sms_reply SET from_number = '', body = '' WHERE tenant_id = :tenant AND contact_id = :contact", contactId);
        // the subject too: a rendered one may carry their name ("{sujet} pour {prenom}")
        sql("UPDATE mail_outbox SET to_email = '', reply_to = NULL, subject = '', body_text = '' WHERE tenant_id = :tenant "
                + "AND contact_id = :contact", contactId);
        // a quote or proposal generated for them bears their name: its file goes with the rest
        sql("DELETE a FROM mail_attachment a JOIN mail_outbox m ON m.tenant_id = a.tenant_id AND m.id = a.mail_id "
                + "WHERE a.tenant_id = :tenant AND m.contact_id = :contact", contactId);
        // what a prospect said of their business, and where they meet: the priority and dates stay for the bilan
        sql("UPDATE qualification SET objectives = NULL, objective_text = NULL, budget_min = NULL, budget_max = NULL, "
                + "override_reason = NULL WHERE tenant_id = :tenant AND contact_id = :contact", contactId);
        sql("UPDATE meeting SET place = NULL, visio_url = NULL, status = IF(status = 'BOOKED', 'CANCELLED', status) "
                + "WHERE tenant_id = :tenant AND contact_id = :contact", contactId);
    }

    /** The person's SMS, SMS replies, emails, qualification cards and meetings, oldest first. */
    @Override
    public java.util.Map<String, Object> of(long contactId) {
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("sms", rows("SELECT m.to_number, m.body, m.status, m.sent_at FROM sms_outbox m JOIN enrolment e "
                + "ON e.tenant_id = m.tenant_id AND e.id = m.enrolment_id WHERE m.tenant_id = :tenant AND e.contact_id = :contact "
                + "ORDER BY m.id", contactId, "to", "text", "status", "sentAt"));
        data.put("smsReplies", rows("SELECT from_number, body, received_at FROM sms_reply WHERE tenant_id = :tenant "
                + "AND contact_id = :contact ORDER BY id", contactId, "from", "text", "receivedAt"));
        data.put("emails", rows("SELECT m.to_email, m.subject, m.body_text, (SELECT GROUP_CONCAT(a.filename ORDER BY a.id "
                + "SEPARATOR ', ') FROM mail_attachment a WHERE a.tenant_id = m.tenant_id AND a.mail_id = m.id), m.status, m.sent_at "
                // the team's copies of a meeting went to staff: not the person's data, and not theirs to read
                + "FROM mail_outbox m WHERE m.tenant_id = :tenant AND m.contact_id = :contact AND m.kind <> 'TEAM' ORDER BY m.id",
                contactId, "to", "subject",
                "text", "attachments", "status", "sentAt"));
        data.put("qualifications", rows("SELECT objectives, objective_text, deadline, horizon, budget_min, budget_max, "
                + "decision_maker, feeling, priority, override_reason, qualified_at, outcome FROM qualification "
                + "WHERE tenant_id = :tenant AND contact_id = :contact ORDER BY id", contactId, "objectives", "objectiveText",
                "deadline", "horizon", "budgetMin", "budgetMax", "decisionMaker", "feeling", "priority", "overrideReason",
                "qualifiedAt", "outcome"));
        data.put("meetings", rows("SELECT starts_at, minutes, place, visio_url, status FROM meeting WHERE tenant_id = :tenant "
                + "AND contact_id = :contact ORDER BY id", contactId, "start", "minutes", "place", "visioUrl", "status"));
        return data;
    }

    /**
     * Rows of a query on one contact (":tenant", ":contact") as named values, dates as ISO text; the
     * person's other records (PersonRecordsStore) are read the same way.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<java.util.Map<String, Object>> rows(String sql, long contactId, String... names) {
        java.util.List<Object[]> rows = em.createNativeQuery(sql).setParameter("tenant", TenantContext.require())
                .setParameter("contact", contactId).getResultList();
        return rows.stream().map(r -> {
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                row.put(names[i], r[i] instanceof java.sql.Timestamp || r[i] instanceof java.time.LocalDateTime
                        ? Rows.instant(r[i]).toString() : r[i] instanceof java.sql.Date ? Rows.date(r[i]).toString() : r[i]);
            }
            return row;
        }).toList();
    }

    private void sql(String statement, long contactId) {
        em.createNativeQuery(statement).setParameter("tenant", TenantContext.require()).setParameter("contact", contactId).executeUpdate();
    }
}
