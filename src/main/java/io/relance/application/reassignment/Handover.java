package io.relance.application.reassignment;

import java.io.Serializable;
import java.util.List;

/**
 * What a team change did with a member's running follow-ups: how many went to whom, and how many
 * stayed with them (a demoted member keeps what their new role may call).
 */
public record Handover(List<Moved> moved, int kept) implements Serializable {

    /** {@code count} running follow-ups (enrolments) now called by {@code callerId}. */
    public record Moved(long callerId, String caller, int count) implements Serializable {
    }

    public static final Handover NOTHING = new Handover(List.of(), 0);

    public int total() {
        return moved.stream().mapToInt(Moved::count).sum();
    }
}
