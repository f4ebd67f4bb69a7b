package io.relance.application.sequence;

import io.relance.domain.campaign.TaskKind;
import io.relance.domain.campaign.Enrolment;
import io.relance.domain.sequence.PlannedSlot;
import io.relance.domain.sequence.StepKind;
import io.relance.application.sequence.StepStore.NewStep;
import io.relance.application.sequence.TaskStore.NewTask;
import io.relance.application.tenant.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts enrolments on the calendar: the enrolment rows, one call task per slot, and the engine's
 * steps (slot opens and closes, the end of each day, the anchor SMS, the end of the sequence), in
 * the caller's transaction and in batches.
 */
@Stateless
@PermitAll
public class SequenceScheduler {

    /** An enrolment with its slots (from the slot planner) and its SMS moment (null: none). */
    public record Planned(Enrolment enrolment, List<PlannedSlot> slots, Instant smsAt) {
    }

    @Inject
    EnrolmentStore enrolments;

    @Inject
    TaskStore tasks;

    @Inject
    StepStore steps;

    public void schedule(List<Planned> planned) {
        for (Planned p : planned) {
            enrolments.add(p.enrolment());
        }
        replan(planned);
    }

    /**
     * Puts enrolments that already exist (managed, locked by the caller) on the calendar again: a
     * resumed sequence gets new call tasks and steps for its remaining attempts, as at launch.
     */
    public void replan(List<Planned> planned) {
        enrolments.flush();
        List<NewTask> newTasks = new ArrayList<>(planned.size() * 9);
        List<NewStep> newSteps = new ArrayList<>(planned.size() * 24);
        List<Long> ids = new ArrayList<>(planned.size());
        for (Planned p : planned) {
            Enrolment e = p.enrolment();
            ids.add(e.getId());
            Map<Integer, Instant> dayEnds = new HashMap<>();
            for (PlannedSlot s : p.slots()) {
                newTasks.add(new NewTask(e.getId(), e.getCallerId(), TaskKind.SLOT, s.day(), s.slot(), s.opens(), s.closes()));
                dayEnds.merge(s.day(), s.closes(), (a, b) -> a.isAfter(b) ? a : b);
            }
            dayEnds.values().forEach(end -> newSteps.add(new NewStep(StepKind.DAY_END, e.getId(), end)));
            if (p.smsAt() != null) {
                newSteps.add(new NewStep(StepKind.SMS_DUE, e.getId(), p.smsAt()));
            }
            newSteps.add(new NewStep(StepKind.SEQUENCE_END, e.getId(), e.getEndsAt()));
        }
        tasks.insert(newTasks);
        for (TaskStore.Task t : tasks.of(ids)) {
            newSteps.add(new NewStep(StepKind.SLOT_OPEN, t.id(), t.opens()));
            newSteps.add(new NewStep(StepKind.SLOT_CLOSE, t.id(), t.closes()));
        }
        steps.schedule(TenantContext.require(), newSteps);
    }
}
