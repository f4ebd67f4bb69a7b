package io.relance.infrastructure.persistence.contacts;

import io.relance.application.contacts.PersonRecords;
import io.relance.domain.sequence.Transition;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.SequenceSql;
import io.relance.domain.contact.PersonTraces;
import io.relance.application.tenant.TenantContext;
import io.relance.infrastructure.persistence.outbox.JpaChannelRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A person's history for an access request, and the erasure of what names them in free text.
 * The free texts are listed here, with their sizes: each is read where it may mention the person
 * (a LIKE on {@link PersonTraces#hints()}), redacted exactly in Java, and written back by value.
 */
@ApplicationScoped
public class JpaPersonRecords implements PersonRecords {

    /** An erasure cancels calls as any early end does (the domain's table): paused ones included. */
    private static final String CANCEL_CALLS = "SET t.status = '" + Transition.WITHDRAWN.tasksTo()
            + "' WHERE t.tenant_id = :tenant AND e.contact_id = :contact AND t.status IN ("
            + SequenceSql.quoted(Transition.WITHDRAWN.tasksFrom()) + ")";

    /** Free texts of the agency that may quote a person: table, column, size. */
    private static final List<Object[]> FREE_TEXTS = List.of(
            new Object[]{"mail_outbox", "last_error", 300}, new Object[]{"sms_outbox", "last_error", 300},
            new Object[]{"due_step", "last_error", 500}, new Object[]{"channel_circuit", "last_error", 300},
            new Object[]{"enrolment", "closed_reason", 160}, new Object[]{"enrolment", "paused_reason", 160},
            new Object[]{"enrolment", "resumed_reason", 160}, new Object[]{"campaign", "paused_reason", 160},
            new Object[]{"campaign", "resumed_reason", 160}, new Object[]{"campaign", "stopped_reason", 160},
            new Object[]{"coverage", "title", 300}, new Object[]{"coverage", "url", 1000},
            new Object[]{"qualification", "reasons", 1000}, new Object[]{"qualification", "override_reason", 500},
            new Object[]{"meeting", "override_reason", 500}, new Object[]{"suppression", "reason", 160},
            new Object[]{"sms_reply", "body", 1000}, new Object[]{"contact", "notes", 4000},
            new Object[]{"contact", "confidential_notes", 4000}, new Object[]{"contact", "do_not_call_reason", 160},
            new Object[]{"contact", "opted_out_reason", 160}, new Object[]{"contact", "legal_basis_source", 160});

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Inject
    JpaChannelRecords channels;

    @Override
    public Map<String, Object> history(long contactId) {
        Map<String, Object> data = new LinkedHashMap<>();
        // the caller's role, not their name: the staff's identity is not the person's data
        data.put("attempts", channels.rows("SELECT a.made_at, a.outcome, s.role, k.subject, a.callback_at FROM attempt a "
                + "JOIN campaign k ON k.tenant_id = a.tenant_id AND k.id = a.campaign_id "
                + "LEFT JOIN staff_member s ON s.tenant_id = a.tenant_id AND s.id = a.caller_id "
                + "WHERE a.tenant_id = :tenant AND a.contact_id = :contact ORDER BY a.made_at, a.id", contactId,
                "at", "outcome", "callerRole", "campaign", "callbackAsked"));
        data.put("sequences", channels.rows("SELECT k.subject, e.status, e.first_day, e.ends_at, e.attempts, e.closed_at, "
                + "e.closed_reason FROM enrolment e JOIN campaign k ON k.tenant_id = e.tenant_id AND k.id = e.campaign_id "
                + "WHERE e.tenant_id = :tenant AND e.contact_id = :contact ORDER BY e.id", contactId,
                "campaign", "status", "firstDay", "endsAt", "attempts", "closedAt", "closedReason"));
        data.put("callbacks", channels.rows("SELECT t.opens_at, t.closes_at, t.status, s.role FROM call_task t "
                + "JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id "
                + "LEFT JOIN staff_member s ON s.tenant_id = t.tenant_id AND s.id = t.caller_id "
                + "WHERE t.tenant_id = :tenant AND e.contact_id = :contact AND t.kind = 'CALLBACK' ORDER BY t.opens_at, t.id",
                contactId, "from", "until", "status", "callerRole"));
        data.put("coverage", channels.rows("SELECT v.published_on, v.title, v.url, v.kind, v.tone, v.audience, o.name "
                + "FROM coverage v LEFT JOIN outlet o ON o.tenant_id = v.tenant_id AND o.id = v.outlet_id "
                + "WHERE v.tenant_id = :tenant AND v.contact_id = :contact ORDER BY v.published_on, v.id", contactId,
                "publishedOn", "title", "url", "kind", "tone", "audience", "outlet"));
        return data;
    }

    @Override
    public void erase(long contactId, PersonTraces traces) {
        String tenant = TenantContext.require();
        // nobody is to call them any more, even on a callback booked in a sequence already closed
        em.createNativeQuery("UPDATE call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id "
                        + CANCEL_CALLS)
                .setParameter("tenant", tenant).setParameter("contact", contactId).executeUpdate();
        em.createNativeQuery("UPDATE enrolment SET callback_at = NULL WHERE tenant_id = :tenant AND contact_id = :contact")
                .setParameter("tenant", tenant).setParameter("contact", contactId).executeUpdate();
        if (traces.isEmpty()) {
            return;
        }
        if (!traces.numbers().isEmpty()) {
            // replies from their number that no contact claimed (or another card did)
            em.createNativeQuery("UPDATE sms_reply SET from_number = '', body = '' WHERE tenant_id = :tenant AND from_number IN (:numbers)")
                    .setParameter("tenant", tenant).setParameter("numbers", traces.numbers()).executeUpdate();
        }
        for (Object[] text : FREE_TEXTS) {
            redact(tenant, (String) text[0], (String) text[1], (Integer) text[2], traces);
        }
        // the platform's own outbox has no agency; only an error quoting the address is touched
        if (traces.email() != null) {
            em.createNativeQuery("UPDATE preference_mail SET last_error = NULL WHERE last_error LIKE :email")
                    .setParameter("email", "%" + like(traces.email()) + "%").executeUpdate();
        }
        importReports(tenant, traces);
    }

    @SuppressWarnings("unchecked")
    private void redact(String tenant, String table, String column, int size, PersonTraces traces) {
        List<String> hints = new ArrayList<>(traces.hints());
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < hints.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append(column).append(" LIKE :h").append(i);
        }
        Query select = em.createNativeQuery("SELECT DISTINCT " + column + " FROM " + table + " WHERE tenant_id = :tenant AND ("
                + where + ")").setParameter("tenant", tenant);
        for (int i = 0; i < hints.size(); i++) {
            select.setParameter("h" + i, "%" + like(hints.get(i)) + "%");
        }
        for (Object value : (List<Object>) select.getResultList()) {
            String old = (String) value;
            String redacted = traces.redact(old);
            if (!redacted.equals(old)) {
                em.createNativeQuery("UPDATE " + table + " SET " + column + " = :redacted WHERE tenant_id = :tenant AND "
                                + column + " COLLATE utf8mb4_bin = :old")
                        .setParameter("redacted", redacted.length() > size ? redacted.substring(0, size) : redacted)
                        .setParameter("tenant", tenant).setParameter("old", old).executeUpdate();
            }
        }
    }

    /** The report of each import that had them: its lines keep their number and outcome, not the person. */
    @SuppressWarnings("unchecked")
    private void importReports(String tenant, PersonTraces traces) {
        List<Object[]> reports = em.createNativeQuery("SELECT id, report_csv FROM import_report WHERE tenant_id = :tenant "
                + "AND report_csv IS NOT NULL").setParameter("tenant", tenant).getResultList();
        for (Object[] report : reports) {
            String csv = gunzip((byte[]) report[1]);
            if (traces.in(csv)) {
                em.createNativeQuery("UPDATE import_report SET report_csv = :csv WHERE tenant_id = :tenant AND id = :id")
                        .setParameter("csv", gzip(traces.redact(csv))).setParameter("tenant", tenant)
                        .setParameter("id", Rows.lng(report[0])).executeUpdate();
            }
        }
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
