package io.relance.faults;

import io.relance.it.PrmSequenceRows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An agency of its own for the drain test, written with set-based SQL over the test's own JDBC
 * connection (MariaDB's sequence engine, as the engine benchmark): a launched press release whose
 * PRM 3×3 sequences started on days spread over a month, all in the past, so that about 100,000
 * steps are due at once and every node drains them in due order; one contact in 14 has a mobile
 * (its anchor SMS goes to the agency's SMPP operator), 300 have an email waiting in the outbox.
 * The demo agency, which the other fault tests use, is not touched.
 */
final class DrainTenant {

    /** 4,348 sequences × 23 steps = 100,004 due steps. */
    static final int ENROLMENTS = 4_348;
    static final int MOBILE_EVERY = 14;
    static final int EMAILS = 300;
    /** The emails fall due one every 200 ms from the seeding on: sent before, during and after the kill. */
    static final int EMAIL_SPACING_MS = 200;

    final String id;
    private final String jdbcUrl;

    DrainTenant(String id, String jdbcUrl) {
        this.id = id;
        this.jdbcUrl = jdbcUrl;
    }

    /** The agency, its SMPP operator (the password sealed with the nodes' key) and its contacts and sequences. */
    void seed(int smppPort, String sealedPassword) throws SQLException {
        try (Connection c = connect()) {
            update(c, "INSERT INTO agency (id, name, country, locale, created_at) VALUES (?, 'Agence Drain', 'FR', 'fr', NOW(3))", id);
            update(c, "INSERT INTO sms_provider (tenant_id, kind, sender, host, port, system_id, secret, bind_type, dest_ton, dest_npi, "
                    + "updated_at) VALUES (?, 'SMPP', 'AgenceDrain', 'localhost', ?, 'relance', ?, 'TRANSCEIVER', 1, 1, NOW(3))",
                    id, smppPort, sealedPassword);
            update(c, "INSERT INTO client (tenant_id, name, created_at) VALUES (?, 'Marque', NOW(3))", id);
            update(c, "INSERT INTO campaign (tenant_id, client_id, kind, subject, send_date, status, created_by, created_at, launched_at) "
                    + "SELECT ?, id, 'PRESS_RELEASE', 'Collection d''hiver', CURRENT_DATE - INTERVAL 40 DAY, 'RUNNING', "
                    + "'chef@drain.test', NOW(3), NOW(3) FROM client WHERE tenant_id = ?", id, id);
            String mobile = "IF(seq MOD " + MOBILE_EVERY + " = 0, CONCAT('+336', LPAD(seq, 8, '0')), NULL)";
            String email = "IF(seq <= " + EMAILS + ", CONCAT('contact', seq, '@', ?, '.test'), NULL)";
            update(c, "INSERT INTO contact (tenant_id, first_name, last_name, mobile, unique_mobile, email, unique_email, time_zone, "
                    + "created_at, updated_at) SELECT ?, 'Drain', CONCAT('Contact', seq), " + mobile + ", " + mobile + ", "
                    + email + ", " + email + ", 'Europe/Paris', NOW(3), NOW(3) FROM seq_1_to_" + ENROLMENTS, id, id, id);
            // sequences started on one of 30 days, the last of them ended 4 days ago: everything is due
            update(c, "INSERT INTO enrolment (tenant_id, campaign_id, contact_id, status, max_attempts, min_gap_minutes, "
                    + "cooldown_days, first_day, ends_at, created_at) SELECT c.tenant_id, k.id, c.id, 'SCHEDULED', 9, 120, 30, "
                    + "CURRENT_DATE - INTERVAL (36 - c.id MOD 30) DAY, "
                    + "TIMESTAMP(CURRENT_DATE - INTERVAL (36 - c.id MOD 30) DAY) + INTERVAL 2 DAY + INTERVAL 17 HOUR, NOW(3) "
                    + "FROM contact c JOIN campaign k ON k.tenant_id = c.tenant_id WHERE c.tenant_id = ?", id);
            long campaign = number(c, "SELECT id FROM campaign WHERE tenant_id = ?", id);
            // every step at once, in one transaction: the nodes start on the whole set, in due order
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : PrmSequenceRows.tasksAndSteps(id, campaign)) {
                    s.executeUpdate(statement);
                }
            }
            c.commit();
        }
    }

    /** The release by email to the 300 contacts that have an address, falling due one by one from now on. */
    void queueEmails() throws SQLException {
        try (Connection c = connect()) {
            update(c, "INSERT INTO mail_outbox (tenant_id, campaign_id, contact_id, kind, idempotency_key, to_email, subject, body_text, "
                    + "unsubscribe_token, status, due_at, created_at) SELECT c.tenant_id, k.id, c.id, 'RELEASE', "
                    + "CONCAT('release-', c.id), c.email, 'Collection d''hiver', 'Bonjour, voici notre communiqué.', "
                    + "CONCAT(c.tenant_id, '-', c.id), 'PENDING', "
                    + "TIMESTAMPADD(MICROSECOND, 1000 * " + EMAIL_SPACING_MS + " * CAST(SUBSTRING(c.last_name, 8) AS UNSIGNED), NOW(3)), "
                    + "NOW(3) FROM contact c JOIN campaign k ON k.tenant_id = c.tenant_id WHERE c.tenant_id = ? AND c.email IS NOT NULL",
                    id);
        }
    }

    /**
     * Every row of the agency, in every table that has a tenant_id, then the agency: the next fault
     * tests (and the backup test's dump) find the database as they expect it. Foreign keys are
     * checked off for this session only, so that the order of the tables does not matter.
     */
    void delete() throws SQLException {
        try (Connection c = connect()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement ps = prepared(c, "SELECT k.table_name FROM information_schema.columns k "
                    + "JOIN information_schema.tables t ON t.table_schema = k.table_schema AND t.table_name = k.table_name "
                    + "WHERE k.table_schema = DATABASE() AND k.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            update(c, "SET foreign_key_checks = 0");
            for (String table : tables) {
                update(c, "DELETE FROM `" + table + "` WHERE tenant_id = ?", id);
            }
            update(c, "DELETE FROM agency WHERE id = ?", id);
            update(c, "SET foreign_key_checks = 1");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "root", "relance");
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepared(c, sql, params)) {
            ps.executeUpdate();
        }
    }

    private static long number(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepared(c, sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static PreparedStatement prepared(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
