package io.relance.infrastructure.persistence.evidence;

import io.relance.infrastructure.persistence.JpaAdapter;
import io.relance.infrastructure.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Finished campaigns written as their sequences would have left them — targets with their mode, score
 * and reasons, closed enrolments and their attempts, coverage, SMS replies — for an agency's history
 * that no clock replay could produce in reasonable time: the demo agency's past months, and the
 * evidence's integration test. Writes under the current agency (the caller's tenant scope).
 */
@ApplicationScoped
public class PastCampaigns extends JpaAdapter {

    /**
     * One targeted person.
     *
     * @param script   for a called person, each attempt's outcome in order: N no answer, V voicemail, Y yes,
     *                 O no, R registered, X opt-out; the last one closes the sequence (no pick-up: "non prioritaire")
     * @param excluded why the launch left them out (e.g. WEEKLY_CAP, OPTED_OUT): not enrolled
     * @param smsReply days after the launch an SMS reply came (null: none); {@code stop} for a STOP
     */
    public record Target(long contactId, boolean sendOnly, Integer score, String reasons, String script, String excluded,
                         boolean covered, Integer smsReply, boolean stop) {
    }

    /** A done campaign of {@code client} sent on {@code sendDate}, its called people enrolled with {@code planAttempts}; its id. */
    @Transactional
    public long write(String client, String subject, LocalDate sendDate, long callerId, int planAttempts, List<Target> targets) {
        Instant launched = sendDate.atTime(8, 0).toInstant(ZoneOffset.UTC);
        long clientId = client(client);
        sql("INSERT INTO campaign (tenant_id, client_id, kind, subject, send_date, status, created_by, created_at, launched_at) "
                + "VALUES (:tenant, :client, 'PRESS_RELEASE', :subject, :send, 'DONE', 'demo', :at, :at)")
                .setParameter("client", clientId).setParameter("subject", subject).setParameter("send", sendDate)
                .setParameter("at", Timestamp.from(launched)).executeUpdate();
        long campaign = Rows.lng(sql("SELECT MAX(id) FROM campaign WHERE tenant_id = :tenant AND subject = :subject")
                .setParameter("subject", subject).getSingleResult());
        for (Target t : targets) {
            target(campaign, launched, callerId, planAttempts, t);
        }
        return campaign;
    }

    private long client(String name) {
        List<?> found = sql("SELECT id FROM client WHERE tenant_id = :tenant AND name = :name").setParameter("name", name).getResultList();
        if (!found.isEmpty()) {
            return Rows.lng(found.get(0));
        }
        sql("INSERT INTO client (tenant_id, name, created_at) VALUES (:tenant, :name, NOW(3))").setParameter("name", name).executeUpdate();
        return client(name);
    }

    private void target(long campaign, Instant launched, long callerId, int plan, Target t) {
        // a null is written as NULL rather than bound: a native statement cannot tell a null's type
        var insert = sql("INSERT INTO campaign_target (tenant_id, campaign_id, contact_id, excluded, added_at, call_mode, score, reasons) "
                + "VALUES (:tenant, :campaign, :contact, " + (t.excluded() == null ? "NULL" : ":excluded") + ", :at, :mode, "
                + (t.score() == null ? "NULL" : ":score") + ", " + (t.reasons() == null ? "NULL" : ":reasons") + ")")
                .setParameter("campaign", campaign).setParameter("contact", t.contactId())
                .setParameter("at", Timestamp.from(launched)).setParameter("mode", t.sendOnly() ? "SEND_ONLY" : "CALL");
        bindIf(bindIf(bindIf(insert, "excluded", t.excluded()), "score", t.score()), "reasons", t.reasons()).executeUpdate();
        if (!t.sendOnly() && t.excluded() == null) {
            enrol(campaign, launched, callerId, plan, t);
        }
        if (t.covered()) {
            sql("INSERT INTO coverage (tenant_id, campaign_id, outlet_id, contact_id, published_on, title, kind, tone, created_by, "
                    + "created_at) SELECT c.tenant_id, :campaign, c.outlet_id, c.id, :on, CONCAT('Article — ', k.subject), 'ARTICLE', "
                    + "'POSITIVE', 'demo', NOW(3) FROM contact c JOIN campaign k ON k.tenant_id = c.tenant_id AND k.id = :campaign "
                    + "WHERE c.tenant_id = :tenant AND c.id = :contact")
                    .setParameter("campaign", campaign).setParameter("contact", t.contactId())
                    .setParameter("on", LocalDate.ofInstant(launched, ZoneOffset.UTC).plusDays(7)).executeUpdate();
        }
        if (t.smsReply() != null) {
            sql("INSERT INTO sms_reply (tenant_id, contact_id, from_number, body, stop, received_at) SELECT c.tenant_id, c.id, "
                    + "COALESCE(c.mobile, '+33600000000'), :body, :stop, :at FROM contact c WHERE c.tenant_id = :tenant AND c.id = :contact")
                    .setParameter("contact", t.contactId()).setParameter("stop", t.stop())
                    .setParameter("body", t.stop() ? "STOP" : "Merci, je regarde et je reviens vers vous.")
                    .setParameter("at", Timestamp.from(launched.plusSeconds(86_400L * t.smsReply()))).executeUpdate();
        }
    }

    private void enrol(long campaign, Instant launched, long callerId, int plan, Target t) {
        String script = t.script() == null ? "" : t.script();
        long pickUps = script.chars().filter(ch -> ch != 'N' && ch != 'V').count();
        Instant closed = launched.plusSeconds(86_400L * Math.max(1, script.length()) + 5_400);
        sql("INSERT INTO enrolment (tenant_id, campaign_id, contact_id, caller_id, status, attempts, pick_ups, max_attempts, "
                + "min_gap_minutes, cooldown_days, first_day, ends_at, closed_at, created_at) VALUES (:tenant, :campaign, :contact, "
                + ":caller, :status, :attempts, :picked, :plan, 120, 30, :first, :ends, :closed, :at)")
                .setParameter("campaign", campaign).setParameter("contact", t.contactId()).setParameter("caller", callerId)
                .setParameter("status", status(script)).setParameter("attempts", script.length()).setParameter("picked", pickUps)
                .setParameter("plan", plan).setParameter("first", LocalDate.ofInstant(launched, ZoneOffset.UTC).plusDays(1))
                .setParameter("ends", Timestamp.from(launched.plusSeconds(86_400L * 5))).setParameter("closed", Timestamp.from(closed))
                .setParameter("at", Timestamp.from(launched)).executeUpdate();
        for (int i = 0; i < script.length(); i++) {
            sql("INSERT INTO attempt (tenant_id, enrolment_id, campaign_id, contact_id, caller_id, outcome, day_no, slot_no, made_at) "
                    + "SELECT e.tenant_id, e.id, e.campaign_id, e.contact_id, e.caller_id, :outcome, :day, 1, :at FROM enrolment e "
                    + "WHERE e.tenant_id = :tenant AND e.campaign_id = :campaign AND e.contact_id = :contact")
                    .setParameter("outcome", outcome(script.charAt(i))).setParameter("day", i + 1)
                    .setParameter("campaign", campaign).setParameter("contact", t.contactId())
                    .setParameter("at", Timestamp.from(launched.plusSeconds(86_400L * (i + 1) + 5_400))).executeUpdate();
        }
    }

    private static String outcome(char c) {
        return switch (c) {
            case 'Y' -> "YES";
            case 'O' -> "NO";
            case 'R' -> "REGISTERED";
            case 'X' -> "OPT_OUT";
            case 'V' -> "VOICEMAIL";
            default -> "NO_ANSWER";
        };
    }

    private static String status(String script) {
        if (script.isEmpty()) {
            return "CLOSED_NON_PRIORITAIRE";
        }
        return switch (script.charAt(script.length() - 1)) {
            case 'Y' -> "CLOSED_YES";
            case 'O' -> "CLOSED_NO";
            case 'R' -> "CLOSED_REGISTERED";
            case 'X' -> "CLOSED_OPTED_OUT";
            default -> "CLOSED_NON_PRIORITAIRE";
        };
    }
}
