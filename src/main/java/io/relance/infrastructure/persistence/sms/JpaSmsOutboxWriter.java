package io.relance.infrastructure.persistence.sms;

import io.relance.domain.contact.PhoneNumbers;
import io.relance.application.sms.SmsOutboxWriter;
import io.relance.domain.sms.CallPromise;
import io.relance.domain.sms.SmsTemplate;
import io.relance.domain.sms.PreferencesLine;
import io.relance.domain.sms.SmsText;
import io.relance.infrastructure.persistence.Rows;
import io.relance.infrastructure.persistence.SequenceSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Writes the anchor SMS of some enrolments into the outbox, in the engine step's transaction: one
 * per sequence (unique key), to the contact's mobile only, never to an opted-out or do-not-call
 * contact, its text rendered from the campaign's template with the person's and caller's names.
 */
@ApplicationScoped
public class JpaSmsOutboxWriter implements SmsOutboxWriter {

    @PersistenceContext(unitName = "relance")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public void write(String tenant, List<Long> enrolments, Instant now) {
        List<Object[]> rows = em.createNativeQuery("SELECT e.id, c.mobile, c.first_name, c.last_name, k.subject, "
                        + "COALESCE(k.sms_template, st.sms_template), "
                        + "s.first_name, a.name, (SELECT MIN(t.opens_at) FROM call_task t WHERE t.tenant_id = e.tenant_id "
                        + "AND t.enrolment_id = e.id AND t.status IN (" + SequenceSql.TO_CALL + ")), c.time_zone, "
                        + "(SELECT MAX(t.closes_at) FROM call_task t WHERE t.tenant_id = e.tenant_id "
                        + "AND t.enrolment_id = e.id AND t.status IN (" + SequenceSql.TO_CALL + ")) "
                        + "FROM enrolment e JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                        + "JOIN campaign k ON k.tenant_id = e.tenant_id AND k.id = e.campaign_id "
                        + "JOIN agency a ON a.id = e.tenant_id "
                        + "LEFT JOIN sequence_template st ON st.tenant_id = k.tenant_id AND st.id = k.template_id "
                        + "LEFT JOIN staff_member s ON s.tenant_id = e.tenant_id AND s.id = e.caller_id "
                        + "WHERE e.tenant_id = :tenant AND e.id IN (:ids) AND e.status IN (" + SequenceSql.CALLABLE + ") "
                        + "AND c.mobile IS NOT NULL AND NOT " + SequenceSql.SAYS_NO + " ORDER BY e.id")
                .setParameter("tenant", tenant).setParameter("ids", enrolments).getResultList();
        for (Object[] r : rows) {
            ZoneId zone = r[9] == null ? PhoneNumbers.HOME : ZoneId.of((String) r[9]);
            CallPromise promise = new CallPromise(now, Rows.instant(r[8]), Rows.instant(r[10]), zone);
            SmsTemplate template = SmsTemplate.orDefault((String) r[5]);
            String body = template.render(Map.of("prenom", text(r[2]), "nom", text(r[3]), "sujet", text(r[4]),
                    "appelant", text(r[6]), "agence", text(r[7]), "delai", promise.delai(), "horizon", promise.horizon()));
            body = PreferencesLine.append(body, preferencesUrl());
            SmsText sms = SmsText.of(body);
            // the day the text names is a promise only when the text names it
            Instant[] promised = template.promisesADay() ? promise.promisedDay() : null;
            em.createNativeQuery("INSERT IGNORE INTO sms_outbox (tenant_id, enrolment_id, to_number, due_at, status, created_at, "
                            + "body, encoding, segments, promised_from, promised_to) "
                            + "VALUES (:tenant, :id, :to, :now, 'PENDING', :now, :body, :encoding, :segments, :from, :until)")
                    .setParameter("tenant", tenant).setParameter("id", Rows.lng(r[0])).setParameter("to", r[1])
                    .setParameter("now", Timestamp.from(now)).setParameter("body", body)
                    .setParameter("encoding", sms.encoding().name()).setParameter("segments", sms.segments())
                    .setParameter("from", promised == null ? null : Timestamp.from(promised[0]))
                    .setParameter("until", promised == null ? null : Timestamp.from(promised[1])).executeUpdate();
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The preferences page as the outside world reaches it (the same address for everyone). */
    private static String preferencesUrl() {
        String base = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("relance.public-url", String.class).orElse("http://localhost:8080");
        return base.replaceAll("/+$", "") + "/preferences";
    }
}
