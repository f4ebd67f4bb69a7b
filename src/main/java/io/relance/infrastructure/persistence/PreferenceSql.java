package io.relance.infrastructure.persistence;

/**
 * The journalists' own preferences as predicates on a contact {@code c}: matched by the keyed hash
 * each contact carries, a primary-key lookup per contact. Agencies' queries use them and learn a
 * yes or a no, never what another agency does.
 */
public final class PreferenceSql {

    private static final String MATCH = "jp.person_key IN (c.email_key, c.mobile_key)";

    /** The person refuses calls and SMS (no calls, email only, away): their sequences end. */
    public static final String REFUSES = "EXISTS (SELECT 1 FROM journalist_preference jp WHERE " + MATCH
            + " AND (jp.no_calls = TRUE OR jp.email_only = TRUE OR jp.away_until >= CURRENT_DATE))";

    /**
     * The person asked for at most N calls a week from all agencies together and has had them: the
     * calls of every agency (a.made_at after {@code :capSince}) counted by the same keyed hash.
     */
    public static final String CAPPED = "EXISTS (SELECT 1 FROM journalist_preference jp WHERE " + MATCH
            + " AND jp.weekly_cap IS NOT NULL AND jp.weekly_cap <= (SELECT COUNT(*) FROM contact c2 JOIN attempt a "
            + "ON a.tenant_id = c2.tenant_id AND a.contact_id = c2.id AND a.made_at > :capSince "
            + "WHERE c2.email_key = jp.person_key OR c2.mobile_key = jp.person_key))";

    /** At most one follow-up call per release. */
    public static final String ONE_CALL = "EXISTS (SELECT 1 FROM journalist_preference jp WHERE " + MATCH
            + " AND jp.one_call_per_release = TRUE)";

    private PreferenceSql() {
    }
}
