package io.relance.application.journee;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A caller's day: the calls still to make, in order, and how many are done. */
public record Day(LocalDate date, List<QueueItem> calls, long done) implements Serializable {

    public long openNow() {
        return calls.stream().filter(QueueItem::isOpen).count();
    }
}
