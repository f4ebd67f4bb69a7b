package io.relance.domain.sequence;

import java.util.Objects;

/**
 * Who may touch a call (open its card, log its outcome), written once for "Ma journée" and the
 * attempt log: a chef de projet or the directeur any call of the agency; a stagiaire only a call of
 * their own queue, and never one to a privileged contact, even on a task they hold (flagged
 * privileged after the assignment, or a forged task id).
 */
public enum CallReach {

    /** The caller may touch the call. */
    OPEN,

    /** Another caller's call: to a stagiaire it is not there (404). */
    NOT_THEIRS,

    /** The stagiaire's own task, but the person is for senior staff only. */
    RESERVED;

    /**
     * @param senior      the caller is a chef de projet or the directeur
     * @param me          the caller's staff id (null: no staff row)
     * @param taskCaller  the staff id the call is assigned to (null: nobody's)
     * @param privileged  the contact is flagged privileged now
     */
    public static CallReach of(boolean senior, Long me, Long taskCaller, boolean privileged) {
        if (senior) {
            return OPEN;
        }
        if (me == null || !Objects.equals(taskCaller, me)) {
            return NOT_THEIRS;
        }
        return privileged ? RESERVED : OPEN;
    }

    public boolean open() {
        return this == OPEN;
    }
}
