package io.relance.application.sequence;

import io.relance.application.common.AppClock;
import io.relance.domain.sequence.StepKind;
import io.relance.application.sequence.StepStore.Claimed;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The engine's transactions, each its own: claim a batch; run a chunk of one tenant's steps (their
 * "done" mark and their effects commit together, or neither does); record a step's failure.
 */
@Stateless
@PermitAll
public class StepRunner {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final int MAX_TRIES = 5;

    @Inject
    StepStore steps;

    @Inject
    EngineEffects effects;

    @Inject
    AppClock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Claimed> claim(int limit) {
        Instant now = clock.now();
        return steps.claim(now, limit, now.plus(LEASE));
    }

    /** Once per drain: steps whose node died are put back in the queue. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int reclaim() {
        return steps.reclaimExpired(clock.now());
    }

    /** One tenant's steps: marked done first (which also proves they are still ours), then applied. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void execute(String tenant, List<Claimed> chunk) {
        Instant now = clock.now();
        int marked = steps.markDone(tenant, chunk.stream().map(Claimed::id).toList(), now);
        if (marked != chunk.size()) {
            throw new StaleClaimException(tenant, chunk.size(), marked);
        }
        Map<StepKind, List<Long>> byKind = chunk.stream().collect(Collectors.groupingBy(Claimed::kind,
                () -> new EnumMap<>(StepKind.class), Collectors.mapping(Claimed::refId, Collectors.toList())));
        if (byKind.size() > 1) {
            effects.lockEnrolments(tenant, byKind);
        }
        // opening before closing, closing before ending: a catch-up chunk replays a day in order
        byKind.forEach((kind, refs) -> effects.apply(tenant, kind, refs, now));
    }

    /** Retried after 1, 2, 4, 8 minutes; given up (FAILED, kept for inspection) after five tries. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(Claimed step, Throwable error) {
        Instant now = clock.now();
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        steps.markFailed(step.tenant(), step.id(), root.getClass().getSimpleName() + ": " + root.getMessage(), now, MAX_TRIES);
    }
}
