package io.relance.infrastructure.persistence;

import io.relance.domain.sequence.EnrolmentStatus;
import io.relance.domain.sequence.TaskStatus;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The sequence's predicates that other features' statements share (the campaign's targets, a
 * reassignment, the SMS outbox): one definition of "still running" and of "said no", so that every
 * query ends or skips the same people.
 */
public final class SequenceSql {

    /** Enrolment statuses of a sequence still running (a paused one included). */
    public static final String OPEN_SEQUENCES = quoted(EnrolmentStatus.RUNNING);

    /** Enrolment statuses of a sequence being called (its slots open, its attempts logged). */
    public static final String CALLABLE = quoted(EnrolmentStatus.CALLABLE);

    /** Call-task statuses of a call still to make (planned, or in the queue). */
    public static final String TO_CALL = quoted(TaskStatus.TO_CALL);

    /**
     * The contact refuses calls: do-not-call, opted out or erased, or the person said so on the
     * platform's preferences page (no calls, email only, away), which every agency honours.
     */
    public static final String SAYS_NO = "(c.do_not_call = TRUE OR c.opted_out = TRUE OR c.erased_at IS NOT NULL OR "
            + PreferenceSql.REFUSES + ")";

    /**
     * Statuses as an SQL list ({@code 'A','B'}), in the order given, from the domain's table of
     * transitions: rendered once, into constants, so that the statements never repeat the names.
     */
    public static String quoted(Collection<? extends Enum<?>> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
    }

    private SequenceSql() {
    }
}
