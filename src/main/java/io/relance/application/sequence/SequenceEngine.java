package io.relance.application.sequence;

import io.relance.application.common.DatabaseOutage;
import io.relance.application.sequence.StepStore.Claimed;
import io.relance.application.tenant.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains due steps: claims a batch, runs it tenant by tenant, each tenant's chunk in one
 * transaction; when a chunk fails its steps run one by one, so that one bad step neither blocks nor
 * repeats the others (ARCHITECTURE.md, "The sequence engine").
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SequenceEngine {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(SequenceEngine.class.getName());

    @Inject
    StepRunner runner;

    /** Runs every step due now, batch after batch; answers how many ran. */
    public int drain() {
        return drain(Duration.ofDays(1));
    }

    /**
     * Runs due steps for at most about {@code budget} (a batch started is finished): the poller
     * keeps each tick shorter than its period, and what is left waits for the next tick.
     */
    public int drain(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        runner.reclaim();
        int executed = 0;
        while (true) {
            List<Claimed> batch = runner.claim(BATCH);
            executed += run(batch);
            if (batch.size() < BATCH || System.nanoTime() > deadline) {
                return executed;
            }
        }
    }

    private int run(List<Claimed> batch) {
        Map<String, List<Claimed>> byTenant = new LinkedHashMap<>();
        batch.forEach(s -> byTenant.computeIfAbsent(s.tenant(), t -> new java.util.ArrayList<>()).add(s));
        int executed = 0;
        for (Map.Entry<String, List<Claimed>> chunk : byTenant.entrySet()) {
            executed += TenantScope.call(chunk.getKey(), () -> runChunk(chunk.getKey(), chunk.getValue()));
        }
        return executed;
    }

    private int runChunk(String tenant, List<Claimed> chunk) {
        RuntimeException failure;
        try {
            runner.execute(tenant, chunk);
            return chunk.size();
        } catch (RuntimeException e) {
            stopIfDatabaseOutage(e);
            failure = e;
        }
        if (chunk.size() == 1) {
            recordFailure(chunk.get(0), failure);
            return 0;
        }
        if (!(failure instanceof StaleClaimException)) {
            LOG.log(Level.WARNING, "A chunk of " + chunk.size() + " steps failed for " + tenant + "; running them one by one", failure);
        }
        int executed = 0;
        for (Claimed step : chunk) {
            try {
                runner.execute(tenant, List.of(step));
                executed++;
            } catch (RuntimeException e) {
                stopIfDatabaseOutage(e);
                recordFailure(step, e);
            }
        }
        return executed;
    }

    /**
     * The database gone is no step's fault: nothing is counted against the steps and the poll stops
     * (the poller says it once); their claims expire and they are claimed again once it answers.
     */
    private static void stopIfDatabaseOutage(RuntimeException e) {
        if (DatabaseOutage.isCause(e)) {
            throw e;
        }
    }

    /** A step taken over by another node is not a failure; any other error is retried later. */
    private void recordFailure(Claimed step, RuntimeException e) {
        if (e instanceof StaleClaimException) {
            return;
        }
        LOG.log(Level.WARNING, "Step " + step.id() + " (" + step.kind() + ") failed; it will be retried", e);
        runner.fail(step, e);
    }
}
