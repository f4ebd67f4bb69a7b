package io.relance.application.campaigns.targeting;

import io.relance.application.campaigns.Target;
import io.relance.domain.targeting.CallCapacity;
import io.relance.domain.targeting.CallMode;
import io.relance.domain.targeting.Reason;

import java.io.Serializable;
import java.util.List;

/**
 * A campaign's targeting as the chef reads it: every target with its score, reasons and group,
 * and the arithmetic of the split ("18 personnes à appeler = 162 tentatives, votre équipe en a 140
 * de libres"). A launched campaign's board shows what was settled at launch.
 */
public record Board(List<Row> rows, CallCapacity capacity, int attemptsPerContact, boolean draft) implements Serializable {

    /** One target: {@code target.exclusion()} set when the pressure policy leaves it out. */
    public record Row(Target target, Integer score, List<Reason> reasons, CallMode mode, boolean pinned) implements Serializable {

        public long contactId() {
            return target.contactId();
        }

        public boolean excluded() {
            return target.isExcluded();
        }
    }

    public List<Row> group(CallMode mode) {
        return rows.stream().filter(r -> !r.excluded() && r.mode() == mode).toList();
    }

    public int toCall() {
        return (int) rows.stream().filter(r -> !r.excluded() && r.mode() == CallMode.CALL).count();
    }

    public int sendOnly() {
        return (int) rows.stream().filter(r -> !r.excluded() && r.mode() == CallMode.SEND_ONLY).count();
    }

    public int excludedCount() {
        return (int) rows.stream().filter(Row::excluded).count();
    }

    public long attemptsNeeded() {
        return (long) toCall() * attemptsPerContact;
    }

    public boolean overCapacity() {
        return attemptsNeeded() > capacity.free();
    }
}
