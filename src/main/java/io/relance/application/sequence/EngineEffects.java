package io.relance.application.sequence;

import io.relance.domain.sequence.StepKind;

import java.time.Instant;
import java.util.List;

/**
 * What each step kind does to a chunk of one tenant's steps (the application's port; set-based SQL
 * in infrastructure). Running a step twice changes nothing.
 */
public interface EngineEffects {

    /** Applies the steps of one {@code kind}, which refer to {@code refs}, for {@code tenant}. */
    void apply(String tenant, StepKind kind, List<Long> refs, Instant now);
}
