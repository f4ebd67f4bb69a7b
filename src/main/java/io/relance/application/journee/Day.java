package io.relance.application.journee;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A caller's day: the calls still to make, in order, how many are done, and the first calls after today. */
public record Day(LocalDate date, List<QueueItem> calls, long done, List<QueueItem> upcoming) implements Serializable {

    public long openNow() {
        return calls.stream().filter(QueueItem::isOpen).count();
    }
}
