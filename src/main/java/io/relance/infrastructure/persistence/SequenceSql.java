package io.relance.infrastructure.persistence;

/**
 * The sequence's predicates that other features' statements share (the campaign's targets, a
 * reassignment, the SMS outbox): one definition of "still running" and of "said no", so that every
 * query ends or skips the same people.
 */
public final class SequenceSql {

    /** Enrolment statuses of a sequence still running (a paused one included). */
    public static final String OPEN_SEQUENCES = "'SCHEDULED','ACTIVE','CALLBACK','PAUSED'";

    /**
     * The contact refuses calls: do-not-call, opted out or erased, or the person said so on the
     * platform's preferences page (no calls, email only, away), which every agency honours.
     */
    public static final String SAYS_NO = "(c.do_not_call = TRUE OR c.opted_out = TRUE OR c.erased_at IS NOT NULL OR "
            + PreferenceSql.REFUSES + ")";

    private SequenceSql() {
    }
}
