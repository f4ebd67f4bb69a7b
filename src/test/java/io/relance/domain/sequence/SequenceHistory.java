package io.relance.domain.sequence;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * A random outcome history of one enrolment: its cap, its minimum gap, and what happens to it,
 * event after event (the engine's steps and a caller's outcomes, in any order, repeated or out of
 * time). Shared by {@link TransitionPropertiesTest} and the equivalence IT, which runs the same
 * histories through the engine's set-based SQL and through {@link OneByOne}.
 *
 * <p>The calendar is fixed: the caller's clock stands at {@link #NOW}; six slots of 50 minutes
 * start every hour from half an hour before it; a callback is booked {@code hours} hours and ten
 * minutes after it (so it falls among the slots, or after the last one).
 */
public record SequenceHistory(int maxAttempts, int minGapHours, List<Event> events) {

    /** The caller's clock (far from the real time: the server's poller never finds these steps due). */
    public static final Instant NOW = Instant.parse("2030-01-08T09:00:00Z");
    public static final int SLOTS = 6;

    public static Instant slotOpens(int slot) {
        return NOW.plus(Duration.ofMinutes(60L * slot - 30));
    }

    public static Instant slotCloses(int slot) {
        return slotOpens(slot).plus(Duration.ofMinutes(50));
    }

    public static Instant callbackAt(int hours) {
        return NOW.plus(Duration.ofMinutes(60L * hours + 10));
    }

    public Duration minGap() {
        return Duration.ofHours(minGapHours);
    }

    /** What happens to the enrolment; engine steps name a slot (0-based) or the n-th booked callback. */
    public sealed interface Event {
    }

    /** SLOT_OPEN of a slot. */
    public record SlotOpens(int slot) implements Event {
    }

    /** SLOT_CLOSE of a slot. */
    public record SlotCloses(int slot) implements Event {
    }

    /** DAY_END, run at the close of a slot: every slot closed by then and still to call is missed. */
    public record DayEnds(int atCloseOf) implements Event {
    }

    /** CALLBACK_DUE of the n-th callback booked (nothing if there is none). */
    public record CallbackDue(int callback) implements Event {
    }

    /** SLOT_CLOSE of the n-th callback booked (nothing if there is none). */
    public record CallbackCloses(int callback) implements Event {
    }

    /** SEQUENCE_END. */
    public record SequenceEnds() implements Event {
    }

    /** A chef de projet pauses the sequence (HaltStore.pause). */
    public record Pause() implements Event {
    }

    /** Ended early, set-based (WithdrawalStore.close): stopped by a chef de projet, or cancelled by a "no" elsewhere. */
    public record Withdraw(boolean stop) implements Event {
        public EnrolmentStatus closing() {
            return stop ? EnrolmentStatus.CLOSED_STOPPED : EnrolmentStatus.CLOSED_CANCELLED;
        }
    }

    /** A caller logs an outcome on the enrolment's first open task, if it has one and is callable. */
    public record Call(Outcome outcome, int callbackHours) implements Event {
        public Instant callbackAt() {
            return outcome == Outcome.LATER ? SequenceHistory.callbackAt(callbackHours) : null;
        }
    }

    /**
     * {@code count} histories drawn with jqwik's generators from a fixed seed, outside a property
     * (in the server, for the equivalence IT): the same seed gives the same histories.
     */
    public static List<SequenceHistory> sample(int count, int length, long seed) {
        List<SequenceHistory> drawn = new java.util.ArrayList<>();
        JqwikSession.run(() -> drawn.addAll(histories(length).list().ofSize(count).generator(1000)
                .next(new Random(seed)).value()));
        return drawn;
    }

    /** Histories of {@code length} events: calls and slot steps often, the rest sometimes, pauses and early ends rarely. */
    public static Arbitrary<SequenceHistory> histories(int length) {
        Arbitrary<Integer> slot = Arbitraries.integers().between(0, SLOTS - 1);
        Arbitrary<Integer> callback = Arbitraries.integers().between(0, 2);
        Arbitrary<Outcome> outcome = Arbitraries.frequency(Tuple.of(5, Outcome.NO_ANSWER), Tuple.of(3, Outcome.VOICEMAIL),
                Tuple.of(4, Outcome.LATER), Tuple.of(1, Outcome.YES), Tuple.of(1, Outcome.NO), Tuple.of(1, Outcome.REGISTERED),
                Tuple.of(1, Outcome.DECISION), Tuple.of(1, Outcome.WRONG_NUMBER), Tuple.of(1, Outcome.OPT_OUT));
        Arbitrary<Event> event = Arbitraries.frequencyOf(
                Tuple.of(12, slot.map(SlotOpens::new)),
                Tuple.of(5, slot.map(SlotCloses::new)),
                Tuple.of(2, slot.map(DayEnds::new)),
                Tuple.of(5, callback.map(CallbackDue::new)),
                Tuple.of(4, callback.map(CallbackCloses::new)),
                Tuple.of(2, Arbitraries.just(new SequenceEnds())),
                Tuple.of(1, Arbitraries.just(new Pause())),
                Tuple.of(1, Arbitraries.of(true, false).map(Withdraw::new)),
                Tuple.of(18, Combinators.combine(outcome, Arbitraries.integers().between(1, 8)).as(Call::new)));
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 2),
                event.list().ofSize(length)).as(SequenceHistory::new);
    }
}
