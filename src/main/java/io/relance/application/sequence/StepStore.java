package io.relance.application.sequence;

import io.relance.domain.sequence.StepKind;

import java.time.Instant;
import java.util.List;

/**
 * The engine's due-steps table (the application's port; SQL in infrastructure). Claiming is the one
 * operation that spans tenants; everything else names its tenant.
 */
public interface StepStore {

    /** A claimed step. */
    record Claimed(long id, String tenant, StepKind kind, long refId, Instant dueAt) {
    }

    /** A step to schedule. */
    record NewStep(StepKind kind, long refId, Instant dueAt) {
    }

    /**
     * Claims due steps for this node: locked rows of other nodes are skipped, the claimed ones get a
     * lease until {@code leaseUntil}. Runs in the caller's (short) transaction.
     */
    List<Claimed> claim(Instant now, int limit, Instant leaseUntil);

    /** Steps of a node that stopped (its lease ran out) go back to the queue, all tenants; answers how many. */
    int reclaimExpired(Instant now);

    /**
     * Marks claimed steps done, in the transaction of their effects; answers how many were still
     * this node's to mark (fewer means another node took them over: the caller must roll back).
     */
    int markDone(String tenant, List<Long> ids, Instant now);

    /** A step that failed alone is retried later; after {@code maxTries} it stays FAILED for someone to look at. */
    void markFailed(String tenant, long id, String error, Instant now, int maxTries);

    /** Schedules steps for the tenant; a step already scheduled (same key) is left as it is. */
    void schedule(String tenant, List<NewStep> steps);
}
