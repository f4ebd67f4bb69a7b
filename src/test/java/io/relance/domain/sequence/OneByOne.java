package io.relance.domain.sequence;

import io.relance.domain.sequence.SequenceHistory.Call;
import io.relance.domain.sequence.SequenceHistory.CallbackCloses;
import io.relance.domain.sequence.SequenceHistory.CallbackDue;
import io.relance.domain.sequence.SequenceHistory.DayEnds;
import io.relance.domain.sequence.SequenceHistory.Event;
import io.relance.domain.sequence.SequenceHistory.Pause;
import io.relance.domain.sequence.SequenceHistory.SequenceEnds;
import io.relance.domain.sequence.SequenceHistory.SlotCloses;
import io.relance.domain.sequence.SequenceHistory.SlotOpens;
import io.relance.domain.sequence.SequenceHistory.Withdraw;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One enrolment, its call tasks and its steps, moved event after event by {@link EnrolmentState}
 * and the {@link Transition} table alone — the one-by-one reading of the rules that the engine's
 * set-based SQL must agree with. What it answers is what the database must hold.
 */
public final class OneByOne {

    /** A call task: {@code slot} false for a booked callback. */
    public record Task(boolean slot, Instant opens, Instant closes, TaskStatus status) {
        Task to(TaskStatus next) {
            return new Task(slot, opens, closes, next);
        }
    }

    /** A step the caller's path scheduled (a booked callback's), referring to a task by its index. */
    public record Step(StepKind kind, int task, Instant due, String status) {
    }

    private final SequenceHistory history;
    private EnrolmentState state = EnrolmentState.scheduled();
    private final List<Task> tasks = new ArrayList<>();
    private final List<Integer> callbacks = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();

    public OneByOne(SequenceHistory history) {
        this.history = history;
        for (int slot = 0; slot < SequenceHistory.SLOTS; slot++) {
            tasks.add(new Task(true, SequenceHistory.slotOpens(slot), SequenceHistory.slotCloses(slot), TaskStatus.PLANNED));
        }
    }

    public EnrolmentState state() {
        return state;
    }

    public List<Task> tasks() {
        return List.copyOf(tasks);
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The index of the first open task, which a caller would log on (-1: none, or not callable). */
    public int callable() {
        if (!state.status().isOpen()) {
            return -1;
        }
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).status() == TaskStatus.OPEN) {
                return i;
            }
        }
        return -1;
    }

    /** The n-th booked callback's task index (-1: not booked). */
    public int callback(int n) {
        return n < callbacks.size() ? callbacks.get(n) : -1;
    }

    public void apply(Event event) {
        if (event instanceof SlotOpens e) {
            open(e.slot(), Transition.SLOT_OPENS);
        } else if (event instanceof CallbackDue e) {
            open(callback(e.callback()), Transition.CALLBACK_COMES_DUE);
        } else if (event instanceof SlotCloses e) {
            close(e.slot());
        } else if (event instanceof CallbackCloses e) {
            close(callback(e.callback()));
        } else if (event instanceof DayEnds e) {
            Instant now = SequenceHistory.slotCloses(e.atCloseOf());
            for (int i = 0; i < tasks.size(); i++) {
                if (tasks.get(i).slot() && !tasks.get(i).closes().isAfter(now)) {
                    close(i);
                }
            }
        } else if (event instanceof SequenceEnds) {
            if (!state.sequenceOver()) {
                state = state.sequenceEnds();
                move(Transition.SEQUENCE_ENDS, true, null);
            }
        } else if (event instanceof Pause) {
            if (Transition.PAUSE.appliesTo(state.status())) {
                state = state.pause();
                move(Transition.PAUSE, false, null);
                dropSteps();
            }
        } else if (event instanceof Withdraw e) {
            if (Transition.WITHDRAWN.appliesTo(state.status())) {
                state = e.stop() ? state.stop() : state.cancel();
                move(Transition.WITHDRAWN, false, null);
                dropSteps();
            }
        } else if (event instanceof Call e) {
            call(e.outcome(), e.callbackAt());
        }
    }

    private void open(int task, Transition opening) {
        if (task >= 0 && opening.moves(tasks.get(task).status())) {
            tasks.set(task, tasks.get(task).to(opening.tasksTo()));
            state = opening == Transition.SLOT_OPENS ? state.start() : state.callbackDue();
        }
    }

    /** A slot's or a callback's window closed: missed if still to call. */
    private void close(int task) {
        if (task >= 0 && Transition.SLOT_MISSED.moves(tasks.get(task).status())) {
            Task t = tasks.get(task);
            tasks.set(task, t.to(Transition.SLOT_MISSED.tasksTo()));
            state = t.slot() ? state.slotMissed() : state.callbackMissed();
        }
    }

    /** The tasks the transition moves ({@code slotsOnly}: slots; {@code before}: opening before it). */
    private void move(Transition transition, boolean slotsOnly, Instant before) {
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            if (transition.moves(t.status()) && (!slotsOnly || t.slot()) && (before == null || t.opens().isBefore(before))) {
                tasks.set(i, t.to(transition.tasksTo()));
            }
        }
    }

    private void dropSteps() {
        steps.replaceAll(s -> "PENDING".equals(s.status()) ? new Step(s.kind(), s.task(), s.due(), "DROPPED") : s);
    }

    /** As AttemptService logs it, the clock standing at {@link SequenceHistory#NOW}. */
    private void call(Outcome outcome, Instant callbackAt) {
        int task = callable();
        if (task < 0) {
            return;
        }
        state = state.log(outcome, callbackAt, history.maxAttempts());
        tasks.set(task, tasks.get(task).to(Transition.ATTEMPT_LOGGED.tasksTo()));
        if (!state.status().isOpen()) {
            move(Transition.CLOSED_BY_ATTEMPT, false, null);
            if (outcome == Outcome.OPT_OUT) {
                dropSteps(); // opted out everywhere: every pending step of the person goes
            }
        } else if (outcome == Outcome.LATER) {
            move(Transition.CALLBACK_BOOKED, true, callbackAt);
            Instant closes = callbackAt.plus(java.time.Duration.ofHours(2));
            tasks.add(new Task(false, callbackAt, closes, TaskStatus.PLANNED));
            callbacks.add(tasks.size() - 1);
            steps.add(new Step(StepKind.CALLBACK_DUE, tasks.size() - 1, callbackAt, "PENDING"));
            steps.add(new Step(StepKind.SLOT_CLOSE, tasks.size() - 1, closes, "PENDING"));
        } else {
            // the minimum gap: a planned task that would open sooner opens then (a callback too)
            Instant earliest = SequenceHistory.NOW.plus(history.minGap());
            for (int i = 0; i < tasks.size(); i++) {
                Task t = tasks.get(i);
                if (t.status() == TaskStatus.PLANNED && t.opens().isBefore(earliest) && t.closes().isAfter(earliest)) {
                    tasks.set(i, new Task(t.slot(), earliest, t.closes(), t.status()));
                }
            }
        }
    }
}
