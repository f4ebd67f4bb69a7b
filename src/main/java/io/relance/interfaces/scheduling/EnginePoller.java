package io.relance.interfaces.scheduling;

import io.relance.application.sequence.SequenceEngine;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Every two seconds, drains the due steps. Not one timer per step: WildFly keeps every persistent
 * timer in memory on every node, so a non-persistent poll over the due-steps table scales where
 * millions of timers would not. A poll still running makes the next one skip.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EnginePoller {

    private static final Logger LOG = Logger.getLogger(EnginePoller.class.getName());
    /** Shorter than the 2 s period, so that ticks do not overlap. */
    private static final Duration TICK_BUDGET = Duration.ofMillis(1500);
    private final AtomicBoolean running = new AtomicBoolean();
    private final Polls preferenceSweep = new Polls(LOG, "Preference sweep", "Preference sweep failed; the next poll goes on");
    private final Polls enginePoll = new Polls(LOG, "Engine poll", "Engine poll failed; the next poll goes on");

    @Inject
    SequenceEngine engine;

    @Inject
    io.relance.application.preference.PreferenceSweep preferences;

    @Inject
    @ConfigProperty(name = "relance.engine.enabled", defaultValue = "true")
    boolean enabled;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "relance-engine")
    void poll() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            // journalists' preferences first: a change on the page reaches every agency within this poll
            preferenceSweep.run(preferences::sweep);
            enginePoll.run(() -> engine.drain(TICK_BUDGET));
        } finally {
            running.set(false);
        }
    }
}
