package io.relance.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The "Ma journée" data set: 1,000 agencies × 10,000 contacts (10 M contacts, 1.5 M enrolments,
 * 13.5 M call tasks, 8.6 M attempts), generated with MariaDB's sequence engine, a chunk of agencies
 * per statement. Shared by {@code JourneeBenchmark} (in the server, a fixed clock) and the load
 * test (over JDBC, the real clock: the day's second slot is made to be open when it runs).
 *
 * <p>Each agency has 5 staff: 1 the directeur, 2 the chef de projet, 3 to 5 stagiaires. Callers are
 * staff 2 + (k mod 4): the chef gets k ≡ 0 (mod 4), which holds every privileged contact (k ≡ 0 mod 40).
 */
final class JourneeData {

    /** Runs one statement in its own transaction and answers the rows it changed. */
    interface Sql {
        long update(String statement) throws Exception;
    }

    /** Where the generator reports each phase's time and rows. */
    interface Report {
        void record(String what, String figure);
    }

    static final int TENANTS = 1_000;
    static final int CONTACTS = 10_000;
    static final int OUTLETS = 100;
    /** Contacts 1..ENROLLED of each agency are enrolled (15 %): the first half in campaign 1, the rest in 2. */
    static final int ENROLLED = 1_500;
    /**
     * Enrolment k starts (k mod 75) - 2 days before today: sequences ran over the last ten weeks and
     * a few start tomorrow, so that 3 start days in 75 have a slot today and each caller has ~3,400
     * tasks of which 45 today (30 still to make: slot 1 is done, 2 is open, 3 is planned).
     */
    static final int START_DAYS = 75;
    /**
     * Agencies per INSERT … SELECT: a transaction of ~100,000 rows, not 10 M. (50 agencies, 500,000
     * contacts a statement, outgrew the test stack's 128 MiB buffer pool: "the total number of locks
     * exceeds the lock table size".)
     */
    static final int CHUNK = 10;
    /**
     * Keys are computed, not looked up (contact = enrolment = ID0 + agency × CONTACTS + k, task =
     * ID0 + 10 × (enrolment - ID0) + slot), so that no statement joins 10 M rows to find them; ID0
     * keeps them clear of the demo agency's rows.
     */
    static final long ID0 = 1_000_000_000L;
    /** The minutes between two slots of a day; each slot is open 2 hours. */
    static final int SLOT_GAP_MINUTES = 180;

    private final int tenants;
    private final LocalDate today;
    private final Instant now;
    private final int firstSlotMinute;
    private final String email;

    /**
     * @param today           the callers' day (the day whose slots are "today")
     * @param now             the moment the statuses are computed for: slots closed before are done or missed
     * @param firstSlotMinute when the day's first slot opens, in minutes after the day's midnight UTC, negative for the evening before (the second
     *                        opens 3 hours later, the third 6)
     * @param email           the SQL of a staff member's email, from {@code a.seq} (agency number) and
     *                        {@code r.seq} (staff number 1..5)
     */
    JourneeData(LocalDate today, Instant now, int firstSlotMinute, String email) {
        this(TENANTS, today, now, firstSlotMinute, email);
    }

    /** The same with fewer agencies (a quick try of the load test: -Dload.tenants). */
    JourneeData(int tenants, LocalDate today, Instant now, int firstSlotMinute, String email) {
        this.tenants = tenants;
        this.today = today;
        this.now = now;
        this.firstSlotMinute = firstSlotMinute;
        this.email = email;
    }

    /**
     * The data set for a load run at {@code now}: the day's second slot opened 30 minutes ago (at the
     * day's start, in its first half hour) and stays open 90 more. The day is the agencies' own (they
     * are French: the app's "today" is Paris's), not UTC's — from 23:00 UTC they differ, and a data set
     * dated by UTC left every caller's queue empty (session 31's run at 23:30 UTC).
     */
    static JourneeData openNow(int tenants, Instant now, String email) {
        java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
        LocalDate today = now.atZone(paris).toLocalDate();
        Instant secondOpens = now.minus(java.time.Duration.ofMinutes(30));
        Instant dayStart = today.atStartOfDay(paris).toInstant();
        if (secondOpens.isBefore(dayStart)) {
            secondOpens = dayStart;
        }
        // slots are written as minutes after the day's midnight UTC (negative when they open the evening before, UTC)
        int minute = (int) java.time.Duration.between(today.atStartOfDay(ZoneOffset.UTC).toInstant(), secondOpens).toMinutes();
        return new JourneeData(tenants, today, now, minute - SLOT_GAP_MINUTES, email);
    }

    static String tenant(int agency) {
        return String.format("bench-%04d", agency);
    }

    static long staffId(int agency, int staff) {
        return ID0 + agency * 10L + staff;
    }

    static long campaignId(int agency, int campaign) {
        return ID0 + agency * 10L + campaign;
    }

    void generate(Sql db, Report report) throws Exception {
        time(db, report, "agencies, staff, campaigns", List.of(
                "INSERT INTO agency (id, name, country, locale, created_at) "
                        + "SELECT {tenant}, CONCAT('Agence ', a.seq), 'FR', 'fr', NOW(3) FROM seq_1_to_{TENANTS} a",
                "INSERT INTO staff_member (id, tenant_id, email, first_name, last_name, role, created_at) "
                        + "SELECT {ID0} + a.seq * 10 + r.seq, {tenant}, {EMAIL}, "
                        + "'Camille', CONCAT('Equipe', r.seq), ELT(LEAST(r.seq, 3), 'DIRECTEUR', 'CHEF_DE_PROJET', 'STAGIAIRE'), NOW(3) "
                        + "FROM seq_1_to_{TENANTS} a JOIN seq_1_to_5 r",
                "INSERT INTO outlet (id, tenant_id, name, periodicity, created_at) "
                        + "SELECT {ID0} + a.seq * {OUTLETS} + o.seq, {tenant}, CONCAT('Média ', o.seq), "
                        + "ELT(1 + o.seq MOD 4, 'QUOTIDIEN', 'HEBDOMADAIRE', 'MENSUEL', 'CONTINU'), NOW(3) "
                        + "FROM seq_1_to_{TENANTS} a JOIN seq_1_to_{OUTLETS} o",
                "INSERT INTO client (id, tenant_id, name, created_at) SELECT {ID0} + a.seq, {tenant}, 'Maison Bench', NOW(3) "
                        + "FROM seq_1_to_{TENANTS} a",
                "INSERT INTO campaign (id, tenant_id, client_id, kind, subject, key_message, call_script, send_date, status, "
                        + "created_by, created_at, launched_at) SELECT {ID0} + a.seq * 10 + c.seq, {tenant}, {ID0} + a.seq, "
                        + "'PRESS_RELEASE', CONCAT('Lancement ', c.seq), 'Le message clé', 'Bonjour, ...', "
                        + "'{TODAY}' - INTERVAL {START_DAYS} DAY, 'RUNNING', 'staff2@bench.test', NOW(3), NOW(3) "
                        + "FROM seq_1_to_{TENANTS} a JOIN seq_1_to_2 c",
                "INSERT INTO campaign_member (tenant_id, campaign_id, staff_id) "
                        + "SELECT {tenant}, {ID0} + a.seq * 10 + c.seq, {ID0} + a.seq * 10 + r.seq "
                        + "FROM seq_1_to_{TENANTS} a JOIN seq_1_to_2 c JOIN seq_2_to_5 r"));
        // keys_done: contacts already keyed by the preference sweep, as in an agency at work (without it, the
        // sweep keyed the 10 M contacts 500 per poll on the engine's thread for the whole load run: an
        // upgrade's backfill, not a day's work)
        chunked(db, report, "contacts", "INSERT INTO contact (id, tenant_id, first_name, last_name, outlet_id, mobile, privileged, "
                + "keys_done, created_at, updated_at) SELECT {ID0} + a.seq * {CONTACTS} + k.seq, {tenant}, "
                + "ELT(1 + k.seq MOD 6, 'Marie', 'Thomas', 'Camille', 'Nicolas', 'Julie', 'Antoine'), CONCAT('Nom', k.seq), "
                + "{ID0} + a.seq * {OUTLETS} + 1 + k.seq MOD {OUTLETS}, CONCAT('+336', LPAD(a.seq * {CONTACTS} + k.seq, 8, '0')), "
                + "k.seq MOD 40 = 0, TRUE, NOW(3), NOW(3) FROM seq_{from}_to_{to} a JOIN seq_1_to_{CONTACTS} k");
        // d = days since the sequence's first day; attempts = the slots done by NOW (slot 2 of each day is missed)
        chunked(db, report, "enrolments", "INSERT INTO enrolment (id, tenant_id, campaign_id, contact_id, caller_id, status, "
                + "attempts, max_attempts, min_gap_minutes, cooldown_days, first_day, ends_at, closed_at, created_at) "
                + "SELECT id, tenant, campaign, id, caller, "
                + "CASE WHEN d >= 3 THEN 'CLOSED_NON_PRIORITAIRE' WHEN d >= 0 THEN 'ACTIVE' ELSE 'SCHEDULED' END, "
                + "CASE WHEN d >= 3 THEN 6 WHEN d >= 0 THEN 2 * d + 1 ELSE 0 END, 9, 120, 30, '{TODAY}' - INTERVAL d DAY, "
                + "TIMESTAMP('{TODAY}' - INTERVAL d DAY) + INTERVAL 65 HOUR, "
                + "IF(d >= 3, TIMESTAMP('{TODAY}' - INTERVAL d DAY) + INTERVAL 65 HOUR, NULL), NOW(3) "
                + "FROM (SELECT {ID0} + a.seq * {CONTACTS} + k.seq AS id, {tenant} AS tenant, "
                + "{ID0} + a.seq * 10 + IF(k.seq <= {ENROLLED} DIV 2, 1, 2) AS campaign, {ID0} + a.seq * 10 + 2 + k.seq MOD 4 AS caller, "
                + "CAST(k.seq MOD {START_DAYS} AS SIGNED) - 2 AS d FROM seq_{from}_to_{to} a JOIN seq_1_to_{ENROLLED} k) x");
        String enrolments = "e.id > {ID0} + {from} * {CONTACTS} AND e.id <= {ID0} + ({to} + 1) * {CONTACTS}";
        chunked(db, report, "call tasks", "INSERT INTO call_task (id, tenant_id, enrolment_id, caller_id, kind, day_no, slot_no, "
                + "opens_at, closes_at, status) SELECT id, tenant_id, enrolment_id, caller_id, 'SLOT', day_no, slot_no, opens_at, "
                + "opens_at + INTERVAL 2 HOUR, CASE WHEN opens_at + INTERVAL 2 HOUR <= '{NOW}' THEN IF(slot_no = 2, 'MISSED', 'DONE') "
                + "WHEN opens_at <= '{NOW}' THEN 'OPEN' ELSE 'PLANNED' END "
                + "FROM (SELECT {ID0} + (e.id - {ID0}) * 10 + s.seq AS id, e.tenant_id, e.id AS enrolment_id, e.caller_id, "
                + "1 + (s.seq - 1) DIV 3 AS day_no, 1 + (s.seq - 1) MOD 3 AS slot_no, TIMESTAMP(e.first_day) "
                + "+ INTERVAL ((s.seq - 1) DIV 3) DAY + INTERVAL ({FIRST_SLOT} + {SLOT_GAP} * CAST((s.seq - 1) MOD 3 AS SIGNED)) MINUTE AS opens_at "
                + "FROM enrolment e JOIN seq_1_to_9 s WHERE " + enrolments + ") x");
        chunked(db, report, "attempts", "INSERT INTO attempt (id, tenant_id, enrolment_id, task_id, campaign_id, contact_id, "
                + "caller_id, outcome, day_no, slot_no, made_at) SELECT t.id, t.tenant_id, e.id, t.id, e.campaign_id, e.contact_id, "
                + "t.caller_id, IF(t.id MOD 3 = 0, 'VOICEMAIL', 'NO_ANSWER'), t.day_no, t.slot_no, t.opens_at + INTERVAL (t.id MOD 90) MINUTE "
                + "FROM call_task t JOIN enrolment e ON e.id = t.enrolment_id WHERE t.status = 'DONE' "
                + "AND t.id > {ID0} + {from} * {CONTACTS} * 10 AND t.id < {ID0} + (({to} + 1) * {CONTACTS} + 1) * 10");
        // Fresh statistics, as a database that grew to this size would have: plans must not depend on a stale sample.
        long start = System.nanoTime();
        db.update("ANALYZE TABLE staff_member, outlet, contact, campaign, client, enrolment, call_task, attempt");
        report.record("generation, ANALYZE TABLE", Figures.ms(System.nanoTime() - start));
    }

    /** One statement per chunk of agencies: seq_{from}_to_{to} is the chunk's agency numbers. */
    private void chunked(Sql db, Report report, String what, String template) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        for (int from = 1; from <= tenants; from += CHUNK) {
            int to = Math.min(tenants, from + CHUNK - 1);
            rows += db.update(sql(template).replace("{from}", String.valueOf(from)).replace("{to}", String.valueOf(to)));
        }
        report.record("generation, " + what, String.format("%s (%,d rows)", Figures.ms(System.nanoTime() - start), rows));
    }

    private void time(Sql db, Report report, String what, List<String> templates) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        for (String template : templates) {
            rows += db.update(sql(template));
        }
        report.record("generation, " + what, String.format("%s (%,d rows)", Figures.ms(System.nanoTime() - start), rows));
    }

    /** The generator's constants in its SQL; {tenant} is agency number a.seq as its id. */
    private String sql(String template) {
        String sql = template.replace("{tenant}", "CONCAT('bench-', LPAD(a.seq, 4, '0'))");
        for (Map.Entry<String, Object> c : Map.<String, Object>ofEntries(Map.entry("ID0", ID0), Map.entry("TENANTS", tenants),
                Map.entry("CONTACTS", CONTACTS), Map.entry("OUTLETS", OUTLETS), Map.entry("ENROLLED", ENROLLED),
                Map.entry("START_DAYS", START_DAYS), Map.entry("TODAY", today), Map.entry("EMAIL", email),
                Map.entry("NOW", now.truncatedTo(ChronoUnit.SECONDS).toString().replace("T", " ").replace("Z", "")),
                Map.entry("FIRST_SLOT", firstSlotMinute), Map.entry("SLOT_GAP", SLOT_GAP_MINUTES)).entrySet()) {
            sql = sql.replace("{" + c.getKey() + "}", String.valueOf(c.getValue()));
        }
        return sql;
    }
}
