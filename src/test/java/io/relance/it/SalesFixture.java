package io.relance.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * For in-container tests of a commercial offer: its prospects' qualification cards, meetings and
 * sales emails written in the database as the qualification services write them (they are built
 * apart), and the agency's meeting duration. Add this class, {@link TenantSql} and {@link InTenant}
 * to the deployment. Cards, meetings, emails and the setting are written for the agency named by the
 * last {@link #use} or {@link #enrolEveryone}.
 */
@Dependent
public class SalesFixture {

    @Inject
    TenantSql db;

    /** The latest agency whose id starts with {@code prefix}, which a test signed up through the form. */
    public String agency(String prefix) throws Exception {
        return db.use("none").in(() -> (String) db.em().createNativeQuery("SELECT id FROM agency WHERE id LIKE '" + prefix
                + "%' ORDER BY created_at DESC, id DESC LIMIT 1").getSingleResult());
    }

    public SalesFixture use(String tenant) {
        db.use(tenant);
        return this;
    }

    /** Launched by hand: every contact of the agency enrolled in its one campaign, the sequence over (a pick-up each). */
    public void enrolEveryone(String tenant) throws Exception {
        db.use(tenant).in(() -> {
            db.sql("UPDATE campaign SET status = 'RUNNING', launched_at = NOW(3) WHERE tenant_id = ?1");
            db.sql("INSERT INTO enrolment (tenant_id, campaign_id, contact_id, status, attempts, pick_ups, max_attempts, min_gap_minutes, "
                    + "cooldown_days, first_day, ends_at, closed_at, created_at) SELECT c.tenant_id, k.id, c.id, 'CLOSED_YES', 1, 1, 9, "
                    + "120, 30, CURDATE(), NOW(3), NOW(3), NOW(3) FROM contact c JOIN campaign k ON k.tenant_id = c.tenant_id "
                    + "WHERE c.tenant_id = ?1");
            return null;
        });
    }

    /** The card of the contact named {@code lastName}: the rules' priority, the one kept, and an outcome already recorded (or null). */
    public void card(String lastName, String rules, String kept, String overrideReason, String outcome) throws Exception {
        db.in(() -> {
            db.sql("INSERT INTO qualification (tenant_id, campaign_id, enrolment_id, contact_id, decision_maker, feeling, rules_priority, "
                    + "priority, reasons, override_reason, qualified_by, qualified_at, outcome, outcome_by, outcome_at) "
                    + "SELECT e.tenant_id, e.campaign_id, e.id, e.contact_id, 'YES', 4, '" + rules + "', '" + kept + "', "
                    + "'qualification.reason.allConditions=', " + quoted(overrideReason) + ", 'stagiaire@example.org', NOW(3), "
                    + quoted(outcome) + ", " + (outcome == null ? "NULL, NULL" : "'chef@example.org', NOW(3)") + " "
                    + "FROM enrolment e JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                    + "WHERE e.tenant_id = ?1 AND c.last_name = '" + lastName + "'");
            return null;
        });
    }

    /** A meeting of that contact's card; {@code startsAt} is SQL, e.g. {@code NOW(3) + INTERVAL 3 DAY}. */
    public void meeting(String lastName, String startsAt, String status) throws Exception {
        db.in(() -> {
            db.sql("INSERT INTO meeting (tenant_id, campaign_id, enrolment_id, contact_id, qualification_id, starts_at, minutes, status, "
                    + "uid, created_at) SELECT q.tenant_id, q.campaign_id, q.enrolment_id, q.contact_id, q.id, " + startsAt + ", 90, '"
                    + status + "', CONCAT('it-', q.tenant_id, '-', q.id, '-', " + "'" + status + "'), NOW(3) FROM qualification q "
                    + "JOIN contact c ON c.tenant_id = q.tenant_id AND c.id = q.contact_id WHERE q.tenant_id = ?1 AND c.last_name = '"
                    + lastName + "'");
            return null;
        });
    }

    /** An email of that contact's sequence ({@code n} tells several of one kind apart); never PENDING: the poller would send it. */
    public void email(String lastName, String kind, String status, int n) throws Exception {
        String key = "CONCAT(e.tenant_id, '-" + kind.toLowerCase() + "-" + n + "-', e.id)";
        db.in(() -> {
            db.sql("INSERT INTO mail_outbox (tenant_id, campaign_id, contact_id, enrolment_id, kind, idempotency_key, to_email, subject, "
                    + "body_text, unsubscribe_token, status, due_at, sent_at, created_at) SELECT e.tenant_id, e.campaign_id, e.contact_id, "
                    + "e.id, '" + kind + "', " + key + ", c.email, 'Notre offre', 'Bonjour', " + key + ", '" + status + "', NOW(3), "
                    + "NOW(3), NOW(3) FROM enrolment e JOIN contact c ON c.tenant_id = e.tenant_id AND c.id = e.contact_id "
                    + "WHERE e.tenant_id = ?1 AND c.last_name = '" + lastName + "'");
            return null;
        });
    }

    /** The directeur's average meeting duration, travel included (the rules page that writes it is built apart). */
    public void meetingMinutes(int minutes) throws Exception {
        db.in(() -> {
            db.sql("INSERT INTO qualification_policy (tenant_id, meeting_minutes, updated_at) VALUES (?1, " + minutes + ", NOW(3)) "
                    + "ON DUPLICATE KEY UPDATE meeting_minutes = " + minutes);
            return null;
        });
    }

    public TenantSql db() {
        return db;
    }

    private static String quoted(String text) {
        return text == null ? "NULL" : "'" + text.replace("'", "''") + "'";
    }
}
