package io.relance.application.journee;

import io.relance.domain.campaign.TaskKind;
import io.relance.domain.sequence.TaskStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PromisedFirstTest {

    private static QueueItem call(long task, long enrolment, String opens, boolean promised) {
        Instant at = Instant.parse(opens);
        return new QueueItem(task, TaskKind.SLOT, 1, 1, at, at.plusSeconds(5400), TaskStatus.OPEN, false, enrolment, enrolment,
                "Contact " + enrolment, null, null, null, null, 1, "Campagne", "Client", 0, 9, 1L, false, false, promised);
    }

    @Test
    void thePromisedCallComesFirstAndOnlyItsFirstSlotIsMarked() {
        List<QueueItem> day = List.of(call(1, 10, "2026-11-24T08:30:00Z", false), call(2, 20, "2026-11-24T08:30:00Z", true),
                call(3, 30, "2026-11-24T08:45:00Z", false), call(4, 20, "2026-11-24T13:00:00Z", true),
                call(5, 40, "2026-11-24T13:30:00Z", true));
        List<QueueItem> ordered = CallQueue.promisedFirst(day);
        assertEquals(List.of(2L, 5L, 1L, 3L, 4L), ordered.stream().map(QueueItem::taskId).toList(),
                "the promised calls first, each person once, the rest in the order of their times");
        assertEquals(List.of(true, true, false, false, false), ordered.stream().map(QueueItem::promised).toList(),
                "the person's afternoon slot is not a second promise");
    }

    @Test
    void aDayWithoutPromisesKeepsItsOrder() {
        List<QueueItem> day = List.of(call(1, 10, "2026-11-24T08:30:00Z", false), call(2, 20, "2026-11-24T09:30:00Z", false));
        assertEquals(day, CallQueue.promisedFirst(day));
    }
}
