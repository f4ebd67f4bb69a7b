package io.relance.application.sequence;

import io.relance.domain.campaign.CallTask;
import io.relance.domain.campaign.TaskKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Call tasks, the queue of "Ma journée" (the application's port; batched SQL in infrastructure).
 * The tenant comes from the tenant context.
 */
public interface TaskStore {

    /** A task to create. */
    record NewTask(long enrolmentId, Long callerId, TaskKind kind, int day, int slot, Instant opens, Instant closes) {
    }

    /** A task as created, with its id (for the steps that refer to it). */
    record Task(long id, long enrolmentId, TaskKind kind, Instant opens, Instant closes) {
    }

    /** Creates tasks in batches (a launch plans nine slots for each of thousands of contacts). */
    void insert(List<NewTask> tasks);

    /** The tasks of some enrolments, read back after a batch insert (ids are the database's). */
    List<Task> of(List<Long> enrolmentIds);

    /** Every task of an enrolment still to call is cancelled (the enrolment closed). */
    void cancelOpen(long enrolmentId);

    /** The slots opening before a booked callback are not called: the person said when. */
    void cancelSlotsBefore(long enrolmentId, Instant at);

    /**
     * A planned slot of the enrolment that would open before {@code earliest} (the minimum gap after
     * the last attempt) opens then instead, and its engine step with it.
     */
    void openNotBefore(long enrolmentId, Instant earliest);

    /** A call task of the tenant, if there is one. */
    Optional<CallTask> find(long taskId);

    /** A call task of the tenant, locked for the rest of the transaction (null: none). */
    CallTask lock(long taskId);

    /** A new task (a booked callback), written at once so that its id is known. */
    void add(CallTask task);
}
