package io.relance.it;

import java.util.List;

/**
 * Set-based SQL that gives every enrolment of a campaign what a launched PRM 3×3 sequence has
 * from its {@code first_day}: 9 slot tasks (3 days × 3 slots, 08–10, 11–13, 14–16 h) and its 23 due
 * steps (9 openings, 9 closings, 3 day ends, the anchor SMS at 07:45 on the first day, the sequence's
 * end a second after {@code ends_at}). For generated data sets (the engine benchmark in the
 * container, the drain fault test over JDBC): plain statements, to run in order.
 */
public final class PrmSequenceRows {

    /** Due steps per enrolment. */
    public static final int STEPS = 23;

    private PrmSequenceRows() {
    }

    public static List<String> tasksAndSteps(String tenant, long campaign) {
        String enrolments = "FROM enrolment e WHERE e.tenant_id = '" + tenant + "' AND e.campaign_id = " + campaign;
        String tasks = "FROM call_task t JOIN enrolment e ON e.tenant_id = t.tenant_id AND e.id = t.enrolment_id "
                + "WHERE e.tenant_id = '" + tenant + "' AND e.campaign_id = " + campaign;
        String step = "INSERT INTO due_step (tenant_id, kind, ref_id, due_at, status) ";
        return List.of(
                "INSERT INTO call_task (tenant_id, enrolment_id, kind, day_no, slot_no, opens_at, closes_at, status) "
                        + "SELECT e.tenant_id, e.id, 'SLOT', 1 + (s.seq - 1) DIV 3, 1 + (s.seq - 1) MOD 3, "
                        + "TIMESTAMP(e.first_day) + INTERVAL ((s.seq - 1) DIV 3) DAY + INTERVAL (8 + 3 * ((s.seq - 1) MOD 3)) HOUR, "
                        + "TIMESTAMP(e.first_day) + INTERVAL ((s.seq - 1) DIV 3) DAY + INTERVAL (10 + 3 * ((s.seq - 1) MOD 3)) HOUR, "
                        + "'PLANNED' FROM enrolment e JOIN seq_1_to_9 s WHERE e.tenant_id = '" + tenant + "' AND e.campaign_id = " + campaign,
                step + "SELECT t.tenant_id, 'SLOT_OPEN', t.id, t.opens_at, 'PENDING' " + tasks,
                step + "SELECT t.tenant_id, 'SLOT_CLOSE', t.id, t.closes_at, 'PENDING' " + tasks,
                step + "SELECT e.tenant_id, 'DAY_END', e.id, TIMESTAMP(e.first_day) + INTERVAL (s.seq - 1) DAY + INTERVAL 17 HOUR, "
                        + "'PENDING' FROM enrolment e JOIN seq_1_to_3 s WHERE e.tenant_id = '" + tenant + "' AND e.campaign_id = " + campaign,
                step + "SELECT e.tenant_id, 'SMS_DUE', e.id, TIMESTAMP(e.first_day) + INTERVAL 7 HOUR + INTERVAL 45 MINUTE, 'PENDING' "
                        + enrolments,
                step + "SELECT e.tenant_id, 'SEQUENCE_END', e.id, e.ends_at + INTERVAL 1 SECOND, 'PENDING' " + enrolments);
    }
}
