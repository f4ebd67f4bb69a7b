package io.relance.application.mail;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When a campaign's release leaves (its send date at its send time, in each recipient's zone) and
 * whether it can still move: {@code launched} with emails written, {@code gone} once any of them
 * has left (or is leaving now).
 */
public record ReleaseSchedule(LocalDate date, LocalTime time, boolean launched, boolean gone) implements Serializable {

    /** Whether a chef may still move it. */
    public boolean movable() {
        return !gone;
    }
}
