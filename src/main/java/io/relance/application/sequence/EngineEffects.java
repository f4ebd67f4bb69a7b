package io.relance.application.sequence;

import io.relance.domain.sequence.StepKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What each step kind does to a chunk of one tenant's steps (the application's port; set-based SQL
 * in infrastructure). Running a step twice changes nothing.
 */
public interface EngineEffects {

    /**
     * Before a chunk of several kinds is applied: locks every enrolment its steps touch, in id order,
     * at once. Each kind locks its own in id order, but kind after kind the chunk's overall order is
     * not ascending, and two nodes' chunks that cross would deadlock (then fall back to one
     * transaction per step: correct, but slow).
     */
    void lockEnrolments(String tenant, Map<StepKind, List<Long>> byKind);

    /** Applies the steps of one {@code kind}, which refer to {@code refs}, for {@code tenant}. */
    void apply(String tenant, StepKind kind, List<Long> refs, Instant now);
}
