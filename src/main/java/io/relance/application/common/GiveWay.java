package io.relance.application.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * People before bulk work. The node adds up the time it spends serving requests (the web filter
 * tells it, {@link #served}); bulk work — an import's reading, plan and write — takes a {@link Pace}
 * and steps it as it goes. While the node's requests kept it busy over the last half-second, the
 * work rests between slices, {@code relance.imports.give-way} times as long as it worked (2: it takes
 * at most a third of a core while people are on the pages). With nobody else on the node — the
 * importer's own progress polls are a few milliseconds a second — it runs at full speed.
 *
 * <p>Node-local on purpose: the pages it protects are the ones sharing its processor; the database,
 * shared by the nodes, sees the same slower writes from whichever node imports.
 */
@ApplicationScoped
public class GiveWay {

    /** Work done between two looks at the node's load. */
    static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(25);
    /** The load is the requests' time over this window (the last complete one). */
    static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** Requests busier than this (time served per time elapsed) mean people are on the pages. */
    static final double BUSY = 0.1;
    /** No single rest longer than this: the work keeps moving, the progress bar too. */
    static final long MAX_REST_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** A way to wait (tests pass their own clock's). */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final LongAdder servedNanos = new LongAdder();
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final double ratio;

    private long windowStart;
    private long windowServed;
    private double load;

    @Inject
    GiveWay(@ConfigProperty(name = "relance.imports.give-way", defaultValue = "2") double ratio) {
        this(System::nanoTime, TimeUnit.NANOSECONDS::sleep, ratio);
    }

    GiveWay(LongSupplier clock, Sleeper sleeper, double ratio) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.ratio = Math.max(0, ratio);
        this.windowStart = clock.getAsLong();
    }

    /** For CDI's proxy only. */
    protected GiveWay() {
        this(System::nanoTime, TimeUnit.NANOSECONDS::sleep, 0);
    }

    /** A request took this long to serve (called by the web filter as each one ends). */
    public void served(long nanos) {
        servedNanos.add(nanos);
    }

    /** A fresh pace for one piece of bulk work, started now. */
    public Pace pace() {
        return new Pace();
    }

    /** Time spent serving requests per time elapsed, over the last complete window (2.0: two requests at all times). */
    synchronized double load() {
        long now = clock.getAsLong();
        if (now - windowStart >= WINDOW_NANOS) {
            long served = servedNanos.sum();
            load = (double) (served - windowServed) / (now - windowStart);
            windowStart = now;
            windowServed = served;
        }
        return load;
    }

    /** One piece of bulk work's progress: {@link #step()} after each row or batch. Not shared between threads. */
    public final class Pace {

        private long sliceStart = clock.getAsLong();

        private Pace() {
        }

        /**
         * After each unit of work: once a slice has been worked, rests if people are being served.
         * An interrupted rest ends early and keeps the thread's interrupt: the work goes on.
         */
        public void step() {
            long now = clock.getAsLong();
            long worked = now - sliceStart;
            if (worked < SLICE_NANOS) {
                return;
            }
            if (ratio > 0 && load() > BUSY) {
                try {
                    sleeper.sleep(Math.min((long) (worked * ratio), MAX_REST_NANOS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            sliceStart = clock.getAsLong();
        }
    }
}
