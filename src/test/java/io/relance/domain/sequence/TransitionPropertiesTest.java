package io.relance.domain.sequence;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table of transitions, and the one-by-one reading of it on random outcome histories: what a
 * closed sequence or a finished call is never changes again, attempts stay within the cap (plus the
 * callbacks the person asked for), a slot is missed at most once. Fixed seeds: a failure reproduces.
 */
class TransitionPropertiesTest {

    private static final Set<TaskStatus> FINAL_TASKS = EnumSet.of(TaskStatus.DONE, TaskStatus.MISSED, TaskStatus.CANCELLED);

    @Provide
    Arbitrary<SequenceHistory> histories() {
        return SequenceHistory.histories(16);
    }

    @Property(tries = 500, seed = "20261204")
    void closedIsTerminalAndFinishedCallsStayFinished(@ForAll("histories") SequenceHistory history) {
        OneByOne sequence = new OneByOne(history);
        for (SequenceHistory.Event event : history.events()) {
            EnrolmentState before = sequence.state();
            List<OneByOne.Task> tasksBefore = sequence.tasks();
            sequence.apply(event);
            if (before.status().isClosed()) {
                assertEquals(before.status(), sequence.state().status(), "a closed sequence stays closed: " + event);
                assertEquals(before.attempts(), sequence.state().attempts(), "no attempt after the close: " + event);
            }
            for (int i = 0; i < tasksBefore.size(); i++) {
                if (FINAL_TASKS.contains(tasksBefore.get(i).status())) {
                    assertEquals(tasksBefore.get(i), sequence.tasks().get(i), "a finished call stays as it is: " + event);
                }
            }
        }
    }

    @Property(tries = 500, seed = "20261205")
    void attemptsStayWithinTheCapPlusTheCallbacksAsked(@ForAll("histories") SequenceHistory history) {
        OneByOne sequence = new OneByOne(history);
        for (SequenceHistory.Event event : history.events()) {
            sequence.apply(event);
            EnrolmentState s = sequence.state();
            long callbacks = sequence.tasks().stream().filter(t -> !t.slot()).count();
            assertTrue(s.attempts() <= history.maxAttempts() + callbacks, s + " cap " + history.maxAttempts());
            assertTrue(s.missed() <= SequenceHistory.SLOTS, "a slot is missed at most once: " + s);
            assertTrue(s.pickUps() <= s.attempts());
            if (s.status().isOpen() && s.attempts() - callbacks >= history.maxAttempts()) {
                assertEquals(EnrolmentStatus.CALLBACK, s.status(), "past the cap only a booked callback waits");
            }
            if (s.status().isOpen()) {
                // a callback missed after the days closes the sequence with its time kept, as the engine does
                assertEquals(s.status() == EnrolmentStatus.CALLBACK, s.callbackAt() != null, "a callback time exactly while one is booked");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theSameSeedDrawsTheSameHistoriesOutsideAProperty() {
        List<SequenceHistory> drawn = SequenceHistory.sample(50, 14, 42);
        assertEquals(50, drawn.size());
        assertEquals(drawn, SequenceHistory.sample(50, 14, 42), "a failure of the equivalence IT reproduces");
        assertTrue(drawn.stream().flatMap(h -> h.events().stream()).anyMatch(e -> e instanceof SequenceHistory.Call c
                && c.outcome() == Outcome.LATER), "callbacks are booked");
    }

    @Example
    void nothingLeavesAClosedStatusOrAFinishedCall() {
        for (Transition t : Transition.values()) {
            assertFalse(t.from().isEmpty(), t.name());
            t.from().forEach(s -> assertFalse(s.isClosed(), t + " applies to a closed " + s));
            t.tasksFrom().forEach(s -> assertFalse(FINAL_TASKS.contains(s), t + " moves a finished call " + s));
        }
    }

    @Example
    void everyTransitionCanHappenAndEveryStatusCanBeReached() {
        Set<EnrolmentStatus> reached = EnumSet.of(EnrolmentStatus.SCHEDULED);
        Deque<EnrolmentStatus> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            EnrolmentStatus s = todo.pop();
            for (Transition t : Transition.values()) {
                if (t.appliesTo(s)) {
                    t.to().stream().filter(reached::add).forEach(todo::push);
                }
            }
        }
        assertEquals(EnumSet.allOf(EnrolmentStatus.class), reached, "every status is reachable from a launch");
        for (Transition t : Transition.values()) {
            assertTrue(t.from().stream().anyMatch(reached::contains), t + " can happen");
        }
    }
}
