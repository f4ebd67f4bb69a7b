package io.relance.domain.sequence;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static io.relance.domain.sequence.EnrolmentStatus.ACTIVE;
import static io.relance.domain.sequence.EnrolmentStatus.CALLABLE;
import static io.relance.domain.sequence.EnrolmentStatus.CALLBACK;
import static io.relance.domain.sequence.EnrolmentStatus.CLOSED_CANCELLED;
import static io.relance.domain.sequence.EnrolmentStatus.CLOSED_COVERED;
import static io.relance.domain.sequence.EnrolmentStatus.CLOSED_DECISION;
import static io.relance.domain.sequence.EnrolmentStatus.CLOSED_NO;
import static io.relance.domain.sequence.EnrolmentStatus.CLOSED_NON_PRIORITAIRE;
import static io.relance.domain.sequence.EnrolmentStatus.CLOSED_OPTED_OUT;
import static io.relance.domain.sequence.EnrolmentStatus.CLOSED_REGISTERED;
import static io.relance.domain.sequence.EnrolmentStatus.CLOSED_STOPPED;
import static io.relance.domain.sequence.EnrolmentStatus.CLOSED_WRONG_NUMBER;
import static io.relance.domain.sequence.EnrolmentStatus.CLOSED_YES;
import static io.relance.domain.sequence.EnrolmentStatus.PAUSED;
import static io.relance.domain.sequence.EnrolmentStatus.RUNNING;
import static io.relance.domain.sequence.EnrolmentStatus.SCHEDULED;
import static io.relance.domain.sequence.TaskStatus.CANCELLED;
import static io.relance.domain.sequence.TaskStatus.DONE;
import static io.relance.domain.sequence.TaskStatus.MISSED;
import static io.relance.domain.sequence.TaskStatus.OPEN;
import static io.relance.domain.sequence.TaskStatus.PLANNED;
import static io.relance.domain.sequence.TaskStatus.TO_CALL;

/**
 * The one table of the sequence's rules: for each event, the enrolment statuses it applies from,
 * those it may lead to (none: the status is kept), and the call-task statuses it moves from and to.
 * {@link EnrolmentState} moves one enrolment by it; the engine's set-based SQL renders its status
 * lists from it (once, as constants), so that the two cannot drift apart.
 */
public enum Transition {

    /** SLOT_OPEN: the planned slot shows in the queue; a scheduled enrolment becomes active. */
    SLOT_OPENS(EnumSet.of(SCHEDULED), EnumSet.of(ACTIVE), EnumSet.of(PLANNED), OPEN),
    /** CALLBACK_DUE: the booked callback shows in the queue; the enrolment is active again, its callback time cleared. */
    CALLBACK_COMES_DUE(EnumSet.of(CALLBACK), EnumSet.of(ACTIVE), EnumSet.of(PLANNED), OPEN),
    /**
     * SLOT_CLOSE or DAY_END of a slot nobody tried: missed, counted (not as an attempt) on an
     * enrolment still called in its days; one waiting for its callback is not counted.
     */
    SLOT_MISSED(EnumSet.of(SCHEDULED, ACTIVE), EnumSet.noneOf(EnrolmentStatus.class), TO_CALL, MISSED),
    /** SLOT_CLOSE of a callback nobody made: missed; once the days are over, nothing more happens and it closes. */
    CALLBACK_MISSED(EnumSet.of(ACTIVE, CALLBACK), EnumSet.of(CLOSED_NON_PRIORITAIRE), TO_CALL, MISSED),
    /**
     * SEQUENCE_END: the days are over; without a pending callback the enrolment closes (cooldown),
     * and its slots still to call are cancelled (a booked callback still happens).
     */
    SEQUENCE_ENDS(EnumSet.of(SCHEDULED, ACTIVE), EnumSet.of(CLOSED_NON_PRIORITAIRE), TO_CALL, CANCELLED),
    /** A caller logs an attempt on an open task, which is done; the outcome decides where the enrolment goes. */
    ATTEMPT_LOGGED(CALLABLE, EnumSet.of(ACTIVE, CALLBACK, CLOSED_YES, CLOSED_NO, CLOSED_REGISTERED, CLOSED_DECISION,
            CLOSED_WRONG_NUMBER, CLOSED_OPTED_OUT, CLOSED_NON_PRIORITAIRE), EnumSet.of(OPEN), DONE),
    /** "Later": the slots opening before the callback are not called (the person said when). */
    CALLBACK_BOOKED(CALLABLE, EnumSet.of(CALLBACK), TO_CALL, CANCELLED),
    /** An attempt closed the enrolment (an answer, the cap, the end of the days): its calls still to make are cancelled. */
    CLOSED_BY_ATTEMPT(CALLABLE, EnumSet.of(CLOSED_YES, CLOSED_NO, CLOSED_REGISTERED, CLOSED_DECISION, CLOSED_WRONG_NUMBER,
            CLOSED_OPTED_OUT, CLOSED_NON_PRIORITAIRE), TO_CALL, CANCELLED),
    /** A chef de projet pauses a callable sequence: its calls still to make wait, its callback is forgotten. */
    PAUSE(CALLABLE, EnumSet.of(PAUSED), TO_CALL, TaskStatus.PAUSED),
    /** A resume: the paused calls are cancelled (the remaining attempts are planned anew). */
    RESUME(EnumSet.of(PAUSED), EnumSet.of(SCHEDULED, ACTIVE), EnumSet.of(TaskStatus.PAUSED), CANCELLED),
    /**
     * Ended early, running or paused: a "no" elsewhere (cancelled), a colleague's answer (covered)
     * or a stop; every call still to make, paused ones included, is cancelled.
     */
    WITHDRAWN(RUNNING, EnumSet.of(CLOSED_CANCELLED, CLOSED_COVERED, CLOSED_STOPPED), EnumSet.of(PLANNED, OPEN, TaskStatus.PAUSED),
            CANCELLED);

    private final Set<EnrolmentStatus> from;
    private final Set<EnrolmentStatus> to;
    private final Set<TaskStatus> tasksFrom;
    private final TaskStatus tasksTo;

    Transition(Set<EnrolmentStatus> from, Set<EnrolmentStatus> to, Set<TaskStatus> tasksFrom, TaskStatus tasksTo) {
        this.from = Collections.unmodifiableSet(from);
        this.to = Collections.unmodifiableSet(to);
        this.tasksFrom = Collections.unmodifiableSet(tasksFrom);
        this.tasksTo = tasksTo;
    }

    /** The enrolment statuses it applies from (in declaration order). */
    public Set<EnrolmentStatus> from() {
        return from;
    }

    /** The statuses it may lead to; empty when the status is kept. */
    public Set<EnrolmentStatus> to() {
        return to;
    }

    /** The one status it leads to, for an event that has one. */
    public EnrolmentStatus target() {
        if (to.size() != 1) {
            throw new IllegalStateException(this + " leads to " + to);
        }
        return to.iterator().next();
    }

    public Set<TaskStatus> tasksFrom() {
        return tasksFrom;
    }

    public TaskStatus tasksTo() {
        return tasksTo;
    }

    public boolean appliesTo(EnrolmentStatus status) {
        return from.contains(status);
    }

    public boolean moves(TaskStatus task) {
        return tasksFrom.contains(task);
    }
}
